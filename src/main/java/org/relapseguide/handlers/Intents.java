package org.relapseguide.handlers;

import com.amazon.ask.model.IntentRequest;
import org.relapseguide.voice.IntentName;

/** Reads an intent request's name against the model's names, tolerating a request with no intent at all. */
final class Intents {
    private Intents() {}

    static boolean is(IntentRequest request, IntentName... names) {
        if (request.getIntent() == null || request.getIntent().getName() == null) {
            return false;
        }
        String name = request.getIntent().getName();
        for (IntentName candidate : names) {
            if (candidate.modelName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
