package org.relapseguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every content repository promises the skill, run against each adapter: the content as the file has it,
 * every lookup the handlers use, and the default locale for a locale it does not hold.
 */
abstract class ContentRepositoryContract {
    protected final ContentSet file = ContentFile.bundled(Locales.DEFAULT);

    /** A repository serving exactly {@code content}. */
    protected abstract ContentRepository repository(ContentSet content);

    @Test
    void it_serves_every_topic_field_for_field_in_the_file_s_order() {
        ContentSet served = repository(file).content("en-US");

        assertThat(served.locale()).isEqualTo("en-US");
        assertThat(served.version()).isEqualTo(file.version());
        assertThat(served.topics()).containsExactlyElementsOf(file.topics());
    }

    @Test
    void it_serves_the_sources_pronunciations_and_emergency_signs() {
        ContentSet served = repository(file).content("en-US");

        assertThat(served.sources()).containsExactlyElementsOf(file.sources());
        assertThat(served.pronunciations()).containsExactlyElementsOf(file.pronunciations());
        assertThat(served.emergencySigns()).containsExactlyElementsOf(file.emergencySigns());
    }

    @Test
    void a_topic_is_found_by_id_and_by_any_name_a_caregiver_says() {
        ContentSet served = repository(file).content("en-US");

        assertThat(served.topic("car_t")).contains(file.topic("car_t").orElseThrow());
        assertThat(served.topicNamed("M. R. D.")).contains(file.topic("mrd").orElseThrow());
        assertThat(served.primarySource(file.topic("car_t").orElseThrow()))
                .isEqualTo(file.primarySource(file.topic("car_t").orElseThrow()));
    }

    @Test
    void a_locale_it_does_not_hold_and_no_locale_both_get_the_default_locale() {
        ContentRepository repository = repository(file);

        assertThat(repository.content("de-DE").topics()).containsExactlyElementsOf(file.topics());
        assertThat(repository.content(null).topics()).containsExactlyElementsOf(file.topics());
    }
}
