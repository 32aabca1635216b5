package org.relapseguide.voice;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.EmergencySign;
import org.relapseguide.content.Words;

/**
 * Spots an emergency sign anywhere in what a caregiver said (any slot of any intent), using the signs listed in
 * the content file, so the emergency answer always comes first.
 */
public final class EmergencyDetector {
    /** The phrases of the content last seen; content changes rarely, so one entry is enough. */
    private volatile Cached cached = new Cached(null, List.of());

    private record Cached(ContentSet content, List<String> phrases) {}

    public boolean mentionsEmergency(Intent intent, ContentSet content) {
        if (intent == null) {
            return false;
        }
        if (IntentName.EMERGENCY.modelName().equals(intent.getName())) {
            return true;
        }
        Map<String, Slot> slots = intent.getSlots();
        if (slots == null || slots.isEmpty()) {
            return false;
        }
        List<String> phrases = phrasesFor(content);
        for (Slot slot : slots.values()) {
            if (slot != null && slot.getValue() != null && mentions(slot.getValue(), phrases)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String said, List<String> phrases) {
        String padded = " " + Words.normalize(said) + " ";
        for (String phrase : phrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private List<String> phrasesFor(ContentSet content) {
        Cached current = cached;
        if (current.content() != content) {
            current = new Cached(content, phrases(content));
            cached = current;
        }
        return current.phrases();
    }

    private static List<String> phrases(ContentSet content) {
        List<String> phrases = new ArrayList<>();
        for (EmergencySign sign : content.emergencySigns()) {
            phrases.add(" " + Words.normalize(sign.name()) + " ");
            for (String synonym : sign.synonyms()) {
                phrases.add(" " + Words.normalize(synonym) + " ");
            }
        }
        return List.copyOf(phrases);
    }
}
