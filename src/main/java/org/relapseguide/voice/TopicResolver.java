package org.relapseguide.voice;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.Optional;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;

/** Finds the topic a caregiver named: by Alexa's entity resolution first, then by the words themselves. */
public final class TopicResolver {
    private TopicResolver() {}

    /** The topic slot's value as heard, if the caregiver said one. */
    public static Optional<String> spokenTopic(Intent intent) {
        return slot(intent, SlotName.TOPIC).map(Slot::getValue).filter(v -> !v.isBlank());
    }

    public static Optional<Topic> resolve(Intent intent, ContentSet content) {
        Optional<Slot> slot = slot(intent, SlotName.TOPIC);
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        Optional<Topic> matched = resolvedId(slot.get()).flatMap(content::topic);
        return matched.isPresent() ? matched : content.topicNamed(slot.get().getValue());
    }

    /** The id a slot's value resolved to by Alexa's entity resolution (ER_SUCCESS_MATCH), if it did. */
    public static Optional<String> resolvedId(Intent intent, SlotName name) {
        return slot(intent, name).flatMap(TopicResolver::resolvedId);
    }

    static Optional<Slot> slot(Intent intent, SlotName name) {
        if (intent == null || intent.getSlots() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(intent.getSlots().get(name.modelName()));
    }

    private static Optional<String> resolvedId(Slot slot) {
        Resolutions resolutions = slot.getResolutions();
        if (resolutions == null || resolutions.getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution resolution : resolutions.getResolutionsPerAuthority()) {
            if (resolution == null
                    || resolution.getStatus() == null
                    || resolution.getStatus().getCode() != StatusCode.ER_SUCCESS_MATCH
                    || resolution.getValues() == null) {
                continue;
            }
            for (ValueWrapper wrapper : resolution.getValues()) {
                if (wrapper != null
                        && wrapper.getValue() != null
                        && wrapper.getValue().getId() != null) {
                    return Optional.of(wrapper.getValue().getId());
                }
            }
        }
        return Optional.empty();
    }
}
