package org.relapseguide.content.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Pronunciation;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/** The content is short enough to hear in one breath and plain enough to follow on first hearing. */
// Slow: every answer of both locales is spoken by espeak-ng (mvn verify runs it; mvn test leaves it out).
@Tag("slow")
class ContentQualityTest {
    private static ContentSet content(String locale) throws Exception {
        return ContentFile.read(Path.of("content/" + locale + ".json")).toContentSet();
    }

    /** Each locale is measured once: timing every answer with espeak-ng is the slow part. */
    private static final Map<String, ContentReport> REPORTS = new ConcurrentHashMap<>();

    private static ContentReport report(String locale) throws Exception {
        ContentReport measured = REPORTS.get(locale);
        if (measured == null) {
            measured = ContentReport.measure(
                    content(locale),
                    ContentMeasures.of(locale),
                    Speech.load(locale).get(Phrase.SMS_FOOTER));
            REPORTS.put(locale, measured);
        }
        return measured;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void every_answer_and_follow_up_takes_at_most_fifteen_seconds_to_say(String locale) throws Exception {
        if (!SpeechTimer.available()) {
            System.err.println(
                    "WARNING: espeak-ng is not installed; speech length is not checked here " + "(CI installs it).");
        }
        Assumptions.assumeTrue(SpeechTimer.available(), "espeak-ng is not installed");

        ContentReport report = report(locale);

        assertThat(report.tooLong()).isEmpty();
        assertThat(report.rows())
                .hasSizeGreaterThanOrEqualTo(content(locale).topics().size());
    }

    @Test
    void the_median_answer_reads_at_grade_eight_or_below() throws Exception {
        assertThat(report("en-US").medianReadability()).isLessThanOrEqualTo(8.0);
    }

    @Test
    void spanish_answers_read_at_a_median_inflesz_of_65_and_none_below_55() throws Exception {
        ContentReport report = report("es-US");

        assertThat(report.medianReadability()).isGreaterThanOrEqualTo(65.0);
        assertThat(report.hardest().readability()).isGreaterThanOrEqualTo(55.0);
    }

    @Test
    void every_text_message_of_either_locale_is_at_most_two_segments() throws Exception {
        assertThat(report("en-US").longestText()).isBetween(1, 306);
        assertThat(report("es-US").longestText()).isBetween(1, 306);
    }

    @Test
    void spanish_is_timed_in_espeak_ngs_latin_american_spanish_voice() throws Exception {
        Assumptions.assumeTrue(SpeechTimer.available(), "espeak-ng is not installed");
        String spanish = "La quimio suele ser el primer paso tras una recaída.";

        assertThat(ContentMeasures.of("es-US").espeakVoice()).isEqualTo("es-419");
        assertThat(SpeechTimer.seconds("es-419", spanish)).isNotEqualTo(SpeechTimer.seconds(spanish));
    }

    @Test
    void a_long_hard_sentence_grades_higher_than_a_short_plain_one() {
        ReadingGrade grader = new ReadingGrade(List.of());

        assertThat(grader.score("The cat sat on the mat. It was warm."))
                .isLessThan(grader.score("Hematopoietic stem cell transplantation necessitates myeloablative "
                        + "conditioning regimens administered intravenously."));
    }

    @Test
    void terms_are_graded_as_they_are_said() {
        ReadingGrade grader = new ReadingGrade(List.of(new Pronunciation("MRD", "M R D")));

        assertThat(grader.score("MRD is low.")).isLessThan(new ReadingGrade(List.of()).score("Xyzzyquux is low."));
    }

    @Test
    void acronyms_gene_names_and_drug_names_are_hard_terms() {
        HardTerms terms = new HardTerms(List.of(new Pronunciation("MRD", "M R D")));

        assertThat(terms.uncovered("MRD and CD19 and KMT2A with ponatinib and tisagenlecleucel, in the US, 50,000."))
                .containsExactly("CD19", "KMT2A", "ponatinib", "tisagenlecleucel");
    }

    @Test
    void speech_is_timed_by_espeak_when_it_is_installed() throws Exception {
        Assumptions.assumeTrue(SpeechTimer.available(), "espeak-ng is not installed");

        double shortOne = SpeechTimer.seconds("Yes.");
        double longOne = SpeechTimer.seconds("word ".repeat(40));

        assertThat(shortOne).isLessThan(2.0);
        assertThat(longOne).isBetween(10.0, 16.0);
    }
}
