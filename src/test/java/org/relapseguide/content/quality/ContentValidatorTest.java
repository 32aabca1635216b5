package org.relapseguide.content.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentMeasures;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.EmergencySign;
import org.relapseguide.content.Finding;
import org.relapseguide.content.Review;
import org.relapseguide.content.Source;
import org.relapseguide.content.Topic;
import org.relapseguide.content.TopicShape;
import org.relapseguide.sms.Gsm7;
import org.relapseguide.sms.TextMessages;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/** The content file meets every rule, and each rule catches what it is for. */
class ContentValidatorTest {
    private static final Speech SPEECH = Speech.load("en-US");
    private static final ContentMeasures EN = ContentMeasures.of("en-US");
    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final ContentValidator validator = new ContentValidator(
            Clock.systemUTC(),
            EN,
            SPEECH.get(Phrase.EMERGENCY_LEAD),
            SPEECH.get(Phrase.SMS_FOOTER),
            List.of(SPEECH.get(Phrase.OFFER_MORE_OR_TEXT), SPEECH.get(Phrase.OFFER_TEXT)));

    private static ContentFile.Document repositoryFile() throws Exception {
        return ContentFile.read(Path.of("content/en-US.json"));
    }

    /** The repository's file with one topic edited. */
    private static ContentFile.Document repositoryFileWith(String topicId, UnaryOperator<Topic> edit) throws Exception {
        ContentFile.Document file = repositoryFile();
        return new ContentFile.Document(
                file.schemaVersion(),
                file.locale(),
                file.version(),
                file.sources(),
                file.pronunciations(),
                file.emergencySigns(),
                file.topics().stream()
                        .map(topic -> topic.id().equals(topicId) ? edit.apply(topic) : topic)
                        .toList());
    }

    private static Topic good() {
        return new Topic(
                "sample",
                "Sample",
                Category.BASICS,
                "A short answer in plain words.",
                List.of("More words."),
                "Plain text details.",
                List.of("sample topic", "a sample", "the sample"),
                List.of("S1"),
                LocalDate.of(2026, 11, 1));
    }

    private List<Finding> validate(Topic... topics) {
        ContentFile.Document document = new ContentFile.Document(
                ContentValidator.SCHEMA_VERSION,
                "en-US",
                "test",
                List.of(new Source("S1", "A source", "https://example.org/a")),
                List.of(),
                List.of(new EmergencySign("fever", "fever", List.of("a high temperature"))),
                List.of(topics));
        return new ContentValidator(
                        TODAY,
                        EN,
                        SPEECH.get(Phrase.EMERGENCY_LEAD),
                        SPEECH.get(Phrase.SMS_FOOTER),
                        List.of(SPEECH.get(Phrase.OFFER_MORE_OR_TEXT)))
                .validate(document);
    }

    private static List<String> rules(List<Finding> findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.rule()));
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void the_content_file_in_the_repository_passes_every_rule_of_its_locale(String locale) throws Exception {
        Speech speech = Speech.load(locale);
        ContentValidator forLocale = new ContentValidator(
                Clock.systemUTC(),
                ContentMeasures.of(locale),
                speech.get(Phrase.EMERGENCY_LEAD),
                speech.get(Phrase.SMS_FOOTER),
                List.of(speech.get(Phrase.OFFER_MORE_OR_TEXT), speech.get(Phrase.OFFER_TEXT)));
        ContentFile.Document file = ContentFile.read(Path.of("content/" + locale + ".json"));

        assertThat(file.locale()).isEqualTo(locale);
        assertThat(forLocale.validate(file)).isEmpty();
    }

    @Test
    void the_spanish_file_has_every_english_topic_with_its_sources_and_figures() throws Exception {
        assertThat(Parity.check(
                        repositoryFile(),
                        ContentFile.read(Path.of("content/es-US.json")),
                        List.of(
                                SPEECH.get(Phrase.EMERGENCY_LEAD),
                                Speech.load("es-US").get(Phrase.EMERGENCY_LEAD))))
                .isEmpty();
    }

    @Test
    void an_example_question_that_reaches_another_topic_or_none_is_reported_on_its_topic() throws Exception {
        ContentFile.Document edited = repositoryFileWith("car_t", topic -> {
            List<String> questions = new ArrayList<>(topic.questions());
            questions.add("what is blinatumomab");
            questions.add("what is the weather like tomorrow");
            return topic.withQuestions(questions);
        });

        List<Finding> findings = validator.validate(edited);

        assertThat(findings)
                .extracting(Finding::where, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple("topic car_t", "\"what is blinatumomab\" reaches topic blinatumomab instead"),
                        tuple("topic car_t", "\"what is the weather like tomorrow\" reaches no topic (unrelated)"));
    }

    @Test
    void a_related_or_next_topic_that_is_not_another_topic_of_the_file_is_reported() throws Exception {
        ContentFile.Document edited = repositoryFileWith(
                "chemotherapy",
                topic -> topic.withRelated(List.of("intrathecal", "consolidaton", "chemotherapy"))
                        .withNext("maintenence"));

        assertThat(validator.validate(edited))
                .extracting(Finding::where, Finding::rule, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "topic chemotherapy",
                                "related",
                                "related topic consolidaton is not another topic of the file"),
                        tuple(
                                "topic chemotherapy",
                                "related",
                                "related topic chemotherapy is not another topic of the file"),
                        tuple("topic chemotherapy", "next", "next topic maintenence is not another topic of the file"));
    }

    @Test
    void a_topic_name_that_reads_as_an_emergency_is_reported_since_a_name_is_answered_without_that_reading()
            throws Exception {
        ContentFile.Document edited = repositoryFileWith("icans", topic -> {
            List<String> synonyms = new ArrayList<>(topic.synonyms());
            synonyms.add("trouble talking after car t");
            return topic.withSynonyms(synonyms);
        });

        assertThat(validator.validate(edited))
                .extracting(Finding::where, Finding::rule, Finding::message)
                .containsExactly(tuple(
                        "topic icans",
                        "synonyms",
                        "\"trouble talking after car t\" is heard as an emergency (confusion): a topic asked for by its"
                                + " name is not read for one, so words that describe a sign belong in aliases"));
    }

    @Test
    void an_example_question_the_skill_declines_as_advice_passes_since_the_care_team_is_the_answer() throws Exception {
        ContentFile.Document file = repositoryFile();
        Topic topic = file.topics().stream()
                .filter(t -> t.id().equals("clinical_trials"))
                .findFirst()
                .orElseThrow();

        assertThat(topic.questions()).contains("should we join a trial");
        assertThat(validator.validate(file)).isEmpty();
    }

    @Test
    void it_has_the_seed_topics() throws Exception {
        ContentSet content = repositoryFile().toContentSet();
        for (String id : List.of(
                "relapsed_b_all",
                "why_relapse",
                "incomplete_remission",
                "high_tumor_burden",
                "chromosome_changes",
                "mrd",
                "chemotherapy",
                "immunotherapy",
                "stem_cell_transplant",
                "clinical_trials",
                "emergency_signs")) {
            assertThat(content.topic(id)).as(id).isPresent();
        }
    }

    @Test
    void every_text_message_is_pure_gsm7_and_at_most_two_segments() throws Exception {
        ContentSet content = repositoryFile().toContentSet();
        assertThat(content.topics()).isNotEmpty();
        for (Topic topic : content.topics()) {
            String message = TextMessages.compose(topic, content, SPEECH.get(Phrase.SMS_FOOTER));
            // Every part as written, before normalization: compose() would hide a stray character behind a '?'.
            String written = topic.title()
                    + topic.text()
                    + SPEECH.get(Phrase.SMS_FOOTER)
                    + content.primarySource(topic).map(Source::url).orElse("");
            assertThat(Gsm7.isGsm7(written)).as(topic.id()).isTrue();
            assertThat(Gsm7.isGsm7(message)).as(topic.id()).isTrue();
            assertThat(Gsm7.septets(message)).as(topic.id()).isLessThanOrEqualTo(Gsm7.TWO_SEGMENTS);
        }
    }

    @Test
    void a_good_topic_passes() {
        assertThat(validate(good())).isEmpty();
    }

    @Test
    void an_answer_over_forty_words_is_reported() {
        Topic t = good();
        Topic longOne = t.withAnswer("word ".repeat(41).trim());

        assertThat(rules(validate(longOne))).contains("words");
    }

    @Test
    void one_endless_word_in_an_answer_or_a_follow_up_is_reported_by_its_length() {
        Topic t = good();
        String endless = "x".repeat(EN.answerCharacters() + 1);

        assertThat(TopicShape.check(t.withAnswer(endless), EN))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("answer has 321 characters; at most 320"));
        assertThat(rules(validate(t.withMore(List.of(endless))))).contains("words");
    }

    @Test
    void a_title_too_long_to_say_as_a_name_and_an_overlong_text_are_reported() {
        Topic t = good();

        assertThat(rules(TopicShape.check(t.withTitle("a title of nine words is too long to say"), EN)))
                .containsExactly("title");
        assertThat(rules(TopicShape.check(t.withText("x ".repeat(200)), EN))).containsExactly("sms");
    }

    @Test
    void the_shape_check_allows_the_same_two_segments_the_editorial_rules_count() {
        assertThat(TopicShape.MAX_TEXT_CHARS).isEqualTo(Gsm7.TWO_SEGMENTS);
    }

    @Test
    void every_topic_of_the_content_file_has_the_shape_the_skill_reads_from_the_table() throws Exception {
        assertThat(repositoryFile().topics())
                .isNotEmpty()
                .allSatisfy(topic ->
                        assertThat(TopicShape.check(topic, EN)).as(topic.id()).isEmpty());
    }

    @Test
    void an_answer_that_with_the_offer_passes_sixty_words_is_reported() {
        Topic t = good();
        Topic turn = t.withAnswer("word ".repeat(40).trim());
        ContentFile.Document document = new ContentFile.Document(
                1,
                "en-US",
                "test",
                List.of(new Source("S1", "A source", "https://example.org/a")),
                List.of(),
                List.of(new EmergencySign("fever", "fever", List.of())),
                List.of(turn));
        String longOffer = "Would you like to hear a little more about this, or shall I send the details to your phone "
                + "as a short text message right now?";

        List<Finding> findings = new ContentValidator(
                        TODAY, EN, SPEECH.get(Phrase.EMERGENCY_LEAD), SPEECH.get(Phrase.SMS_FOOTER), List.of(longOffer))
                .validate(document);

        assertThat(rules(findings)).contains("turn");
    }

    @Test
    void a_missing_source_an_unknown_source_and_a_future_written_or_signed_date_are_reported() {
        Topic t = good();

        assertThat(rules(validate(t.withSources(List.of())))).contains("sources");
        assertThat(rules(validate(t.withSources(List.of("S404"))))).contains("sources");
        assertThat(rules(validate(t.withWritten(LocalDate.of(2026, 11, 27))))).contains("written");
        assertThat(rules(validate(t.withReview(new Review("Dr. A, MD", LocalDate.of(2026, 11, 27), t.wordsHash())))))
                .contains("review");
    }

    @Test
    void a_synonym_shared_by_two_topics_or_with_digits_is_reported() {
        Topic a = good();
        Topic b = new Topic(
                "other",
                "Other",
                Category.BASICS,
                a.answer(),
                a.more(),
                a.text(),
                List.of("a sample", "other one", "another"),
                a.sources(),
                a.written());
        Topic digits = new Topic(
                "digits",
                "Digits",
                Category.BASICS,
                a.answer(),
                a.more(),
                a.text(),
                List.of("cd19", "digits one", "digits two"),
                a.sources(),
                a.written());

        assertThat(validate(a, b)).anySatisfy(f -> assertThat(f.message()).contains("also used by sample"));
        assertThat(rules(validate(digits))).contains("synonym");
    }

    @Test
    void curly_quotes_and_an_over_budget_text_are_reported() {
        Topic t = good();

        assertThat(rules(validate(t.withText("It\u2019s \u201cquoted\u201d")))).contains("gsm7");
        assertThat(rules(validate(t.withText("x".repeat(300))))).contains("sms");
    }

    @Test
    void a_safety_answer_must_start_with_call_now() {
        Topic t = good();

        assertThat(rules(validate(t.withCategory(Category.SAFETY).withAnswer("Fevers can be serious."))))
                .contains("safety");
    }
}
