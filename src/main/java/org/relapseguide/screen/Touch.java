package org.relapseguide.screen;

import com.amazon.ask.attributes.AttributesManager;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;
import org.relapseguide.voice.IntentName;
import org.relapseguide.voice.SessionState;
import org.relapseguide.voice.SlotName;

/**
 * A touch on one of the skill's screens, read from an {@code Alexa.Presentation.APL.UserEvent} and checked like any
 * input: its arguments are {@code [verb, ids...]}, every id one this content has, sent from a screen whose document
 * has that touch. Each touch but opening a category stands for something a caregiver could say, and is answered by
 * the handler of that intent.
 */
sealed interface Touch {
    /** The first argument of every touch: what the document's {@code SendEvent} names. */
    enum Verb {
        TOPIC,
        MORE,
        TEXT,
        TOPICS,
        CATEGORY;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Follow-ups are numbered 0 to 9: no topic has more than two. */
    Pattern PARAGRAPH = Pattern.compile("[0-9]");

    Verb verb();

    /** The intent a caregiver would say for this touch; empty for a touch that only a screen has. */
    Optional<Intent> spoken();

    /** Sets up what the spoken intent's handler reads from the session; most touches need nothing. */
    default void prepare(AttributesManager attributes) {}

    /** "What is X?", touched in a list or as an example question. */
    record AskTopic(Topic topic) implements Touch {
        @Override
        public Verb verb() {
            return Verb.TOPIC;
        }

        @Override
        public Optional<Intent> spoken() {
            return Optional.of(intent(IntentName.TOPIC, topic));
        }
    }

    /** "Tell me more", about the topic on screen, from the follow-up after the paragraph on screen. */
    record More(Topic topic, int paragraph) implements Touch {
        @Override
        public Verb verb() {
            return Verb.MORE;
        }

        @Override
        public Optional<Intent> spoken() {
            return Optional.of(intent(IntentName.MORE, null));
        }

        /**
         * The spoken "more" continues the session's topic: a touch continues the topic on screen, which a session
         * that has moved on, or has ended while the screen stayed, may not hold.
         */
        @Override
        public void prepare(AttributesManager attributes) {
            SessionState.from(attributes)
                    .withTopic(topic.id())
                    .withMoreHeard(paragraph)
                    .saveTo(attributes);
        }
    }

    /** "Text me this", about the topic on screen. */
    record Text(Topic topic) implements Touch {
        @Override
        public Verb verb() {
            return Verb.TEXT;
        }

        @Override
        public Optional<Intent> spoken() {
            return Optional.of(intent(IntentName.TEXT_DETAILS, topic));
        }
    }

    /** "What can you tell me about?" */
    record Topics() implements Touch {
        @Override
        public Verb verb() {
            return Verb.TOPICS;
        }

        @Override
        public Optional<Intent> spoken() {
            return Optional.of(intent(IntentName.LIST_TOPICS, null));
        }
    }

    /** A category opened in the list of categories: only a screen can do this. */
    record OpenCategory(Category category) implements Touch {
        @Override
        public Verb verb() {
            return Verb.CATEGORY;
        }

        @Override
        public Optional<Intent> spoken() {
            return Optional.empty();
        }
    }

    /** The touch this event is, if it is one of the skill's screens could send about this content. */
    static Optional<Touch> read(UserEvent event, ContentSet content) {
        List<Object> arguments = event.getArguments();
        if (arguments == null
                || arguments.isEmpty()
                || arguments.size() > 3
                || !arguments.stream().allMatch(String.class::isInstance)) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        arguments.forEach(argument -> words.add((String) argument));
        Optional<Verb> verb = Arrays.stream(Verb.values())
                .filter(v -> v.word().equals(words.get(0)))
                .findFirst();
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        Optional<Touch> touch = switch (verb.get()) {
            case TOPIC -> words.size() == 2 ? content.topic(words.get(1)).map(AskTopic::new) : Optional.empty();
            case TEXT -> words.size() == 2 ? content.topic(words.get(1)).map(Text::new) : Optional.empty();
            case MORE -> words.size() == 3 ? more(words.get(1), words.get(2), content) : Optional.empty();
            case TOPICS -> words.size() == 1 ? Optional.of(new Topics()) : Optional.empty();
            case CATEGORY ->
                words.size() == 2 ? category(words.get(1), content).map(OpenCategory::new) : Optional.empty();
        };
        return touch.filter(t -> View.ofToken(event.getToken())
                .filter(view -> view.sends(t.verb()))
                .isPresent());
    }

    private static Optional<Touch> more(String topicId, String paragraph, ContentSet content) {
        if (!PARAGRAPH.matcher(paragraph).matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(paragraph);
        return content.topic(topicId).filter(t -> index < t.more().size()).map(t -> new More(t, index));
    }

    private static Optional<Category> category(String id, ContentSet content) {
        return Datasources.browsable(content).stream()
                .filter(category -> category.fileName().equals(id))
                .findFirst();
    }

    /** The intent as Alexa sends it once it has resolved the caregiver's words for the topic to its id. */
    private static Intent intent(IntentName name, Topic topic) {
        Intent.Builder intent =
                Intent.builder().withName(name.modelName()).withConfirmationStatus(IntentConfirmationStatus.NONE);
        if (topic == null) {
            return intent.withSlots(Map.of()).build();
        }
        Slot slot = Slot.builder()
                .withName(SlotName.TOPIC.modelName())
                .withValue(topic.spokenName())
                .withConfirmationStatus(SlotConfirmationStatus.NONE)
                .withResolutions(Resolutions.builder()
                        .addResolutionsPerAuthorityItem(Resolution.builder()
                                .withAuthority("amzn1.er-authority.echo-sdk.touch." + SlotName.TOPIC.typeName())
                                .withStatus(Status.builder()
                                        .withCode(StatusCode.ER_SUCCESS_MATCH)
                                        .build())
                                .addValuesItem(ValueWrapper.builder()
                                        .withValue(Value.builder()
                                                .withId(topic.id())
                                                .withName(topic.spokenName())
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build();
        return intent.withSlots(Map.of(SlotName.TOPIC.modelName(), slot)).build();
    }
}
