package org.relapseguide.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;

/** The session form of what was said names exactly what each phrase needs, in every locale. */
class SaidTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Set<String> CARRIED = Set.of(Said.TOPIC, Said.TOPICS, Said.DIGITS);

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void each_phrase_is_carried_with_exactly_the_values_it_names_and_renders_without_a_placeholder(String locale) {
        Speech speech = Speech.load(locale);
        ContentSet content = ContentFile.bundled(locale);
        Voice voice = new Voice(content, speech, new Ssml(content.pronunciations()), true, null);
        String topic = content.topics().get(0).id();
        for (Phrase phrase : Phrase.values()) {
            Set<String> named = Said.Codec.ARGS.getOrDefault(phrase, Set.of());
            assertThat(named).as(phrase.name()).isEqualTo(placeholders(speech.get(phrase)));
            StringBuilder form = new StringBuilder("p:" + phrase.name());
            named.stream()
                    .sorted()
                    .forEach(name ->
                            form.append(':').append(name).append('=').append(name.equals(Said.DIGITS) ? "47" : topic));
            if (CARRIED.containsAll(named)) {
                assertThat(Said.decode(form.toString(), content))
                        .as(phrase.name())
                        .hasValueSatisfying(
                                parts -> assertThat(voice.ssml(parts)).doesNotContain("{"));
            } else {
                assertThat(Said.decode(form.toString(), content))
                        .as("%s names values a session never carries", phrase)
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "p:RESUME_OFFER",
                "p:WHAT_ELSE:digits=12",
                "p:TEXT_SENT:topic=mrd",
                "p:TEXT_SENT:digits=12:topic=mrd:topic=mrd",
                "p:SUGGEST:topic=mrd",
                "p:LIST_OR",
                "p:CARD_NOT_REVIEWED"
            })
    void a_phrase_given_other_values_than_it_names_is_not_the_skill_s_own(String form) {
        assertThat(Said.decode(form, ContentFile.bundled("en-US"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p:RESUME_OFFER:topic=mrd", "p:TEXT_SENT:digits=12:topic=mrd", "p:WHAT_ELSE"})
    void a_phrase_given_exactly_what_it_names_is(String form) {
        assertThat(Said.decode(form, ContentFile.bundled("en-US")))
                .map(List::size)
                .contains(1);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
