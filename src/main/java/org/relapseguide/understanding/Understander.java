package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.relapseguide.content.Category;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Pronunciation;
import org.relapseguide.content.Topic;

/**
 * Understands a caregiver's own words against one content set: an emergency described anywhere in the sentence first,
 * then advice and questions no topic is for, then the topics ranked by how well they fit (with the conversation's
 * topic and its related topics preferred for a follow-up), and a decision: answer, ask "did you mean", or say
 * honestly that it has no answer. Built once per content version and locale; a question costs microseconds.
 */
public final class Understander {
    /** A topic that never mentions the drug, product or gene a question names counts this share of its score. */
    static final double UNNAMED_SHARE = 0.5;
    /**
     * Two topics that both mention the name a question says, this close (within half a percent), go to the one
     * titled by it ("this new drug blinatumomab, what does it do": blinatumomab, not immunotherapy, which lists it).
     */
    static final double TITLE_TIE = 0.995;

    /** A score at least this high, clearly ahead of the next, is answered. */
    static final double ANSWER_SCORE = 4.0;
    /** How far ahead of the runner-up an answer must be (top divided by second). */
    static final double ANSWER_LEAD = 1.25;
    /**
     * A topic named plainly that scores at least this, and {@link #STRONG_LEAD} times the next, is what a question after
     * a story asks, whatever in-field word without a topic the story says before it (tried 8, 10, 12; anywhere in the
     * sentence rather than the story only lost declines).
     */
    static final double STRONG_SCORE = 10.0;
    /** ... and ahead of the next by this factor. */
    static final double STRONG_LEAD = 2.0;
    /** Below an answer but at least this: "did you mean". */
    static final double CLARIFY_SCORE = 2.5;
    /**
     * A topic named plainly, but by so little of the sentence that it scores under this, is not asked over a feeling
     * the caregiver opens by saying of themselves ("me siento bien sola en esto, su papá trabaja todo el día": the
     * father is not the donor; "el hermanito de mi niño está muy asustado" is still the sibling's fear).
     */
    static final double FEELING_OVER_NAMED = 6.0;
    /**
     * What a feeling's words are left as when asking whether the rest asks: "me siento culpable de que le regresó" joins
     * its "que" to the feeling, asking nothing. No word of any language.
     */
    private static final String FEELING_SAID = "\u2026";
    /** A topic counts as close enough to suggest from this score. */
    static final double SUGGEST_SCORE = 2.0;
    /** In a conversation, a follow-up's topic is the conversation's, or one related to it, this much more. */
    static final double FOLLOW_UP_FACTOR = 1.6;

    static final double FOLLOW_UP_BONUS = 2.0;
    /** A topic of the conversation topic's kind, not related to it, counts this much more in a follow-up ... */
    static final double SAME_KIND_FACTOR = 1.2;
    /** ... plus this. */
    static final double SAME_KIND_BONUS = 1.0;
    /** A related topic of the kind a follow-up asks for ("how is that treated?") gets this much more. */
    static final double FACET_BONUS = 3.0;
    /** ... and the conversation's own topic, just heard, counts this share of its score. */
    static final double HEARD_SHARE = 0.5;
    /**
     * A topic of a kind the question says it is not asking for ("how does blinatumomab work" asks what it does, not
     * how well: `[not-facet:outlook]`) counts this share of its score.
     */
    static final double UNASKED_SHARE = 0.5;
    /**
     * What the conversation's own topic has over its related ones when a follow-up fits both alike ("which pills");
     * only in a language whose facets can tell a follow-up that asks for another kind ("does it work").
     */
    static final double OWN_TOPIC_BONUS = 1.0;
    /** A topic outside the conversation wins a follow-up only when it scores this many times the best inside it. */
    static final double FOLLOW_UP_ESCAPE = 2.0;
    /** ... and says at least this many meaningful words: "what age?" stays in the conversation. */
    static final int FOLLOW_UP_ESCAPE_WORDS = 3;
    /** A word of the content this long is matched by sound as well as spelling. */
    static final int LONG_NAME = 9;
    /** The words of the question itself, after the story that leads up to it, count this much more. */
    static final double QUESTION_WEIGHT = 2.0;
    /** How close a named runner-up must come to a best topic that is not named, to be asked about instead. */
    static final double NAMED_RUNNER_UP_SHARE = 0.85;
    /** What a word that only frames a question ("difference", "happen") counts beside a word of its subject. */
    static final double FRAME_WEIGHT = 0.3;
    /** The most of a slot that is read: about eighty spoken words. */
    static final int MAX_CHARS = 500;
    /**
     * A question that says at most this many words of its own besides pointing back ("can you explain what that
     * means") is asked of the story's last {@link #POINT_BACK_WORDS} words before it too (tried 3, 5 and 8; and 0, 1
     * or 2 words of its own: with 1, "is that a sign of relapse" after a nosebleed was asked of the nosebleed).
     */
    static final int POINT_BACK_SAID = 0;

    static final int POINT_BACK_WORDS = 8;
    /** How near before an opening a question word makes them one question ("what questions should I bring"). */
    static final int ASKED_WITH = 3;
    /** How near before an opening a question word makes the opening part of its question ("how do I tell him why"). */
    static final int EMBEDDED_WITHIN = 8;

    /** A question of at most this many meaningful words may be a follow-up. */
    static final int FOLLOW_UP_WORDS = 4;
    /**
     * In a follow-up, each word of the conversation topic's title counts this much beside the question's own words:
     * "how do they check for it" after MRD is "how do they check for MRD".
     */
    static final double CONTEXT_WEIGHT = 0.3;
    /** What a word of a clause that only says more of the subject asked about counts ("qué es el MRD que …"; tried 0.5). */
    static final double CLAUSE_WEIGHT = 0.3;
    /** How many words before or after "qué significa" say what is asked, at most. */
    static final int DEFINED_WORDS = 10;

    /** "What's maintenance?": a bare "what is" asks a meaning only when a few words end the sentence after it. */
    static final int SHORT_DEFINED_WORDS = 2;
    /** A one-word name of a drug's own topic this long or longer may be that drug's name as heard ("kimria"). */
    static final int MIN_OWN_NAME = 4;
    /** ... when spelled this much like it (Jaro-Winkler): "kimria" and "kymriah", not "novartis". */
    static final double HEARD_AS_NAME = 0.85;
    /** Two pieces of a word heard apart are joined only into a word this long or longer ("re fractaria"). */
    static final int MIN_JOINED = 7;
    /** How many words the subject of "qué es …" may take before its clause. */
    static final int SUBJECT_WORDS = 3;

    /** The language's phrase lists whose words are ordinary words of what caregivers ask, never anyone's name. */
    private static final List<String> RECORDABLE_SECTIONS = List.of(
            "advice",
            "not-yet",
            "off-scope:money",
            "off-scope:care-choice",
            "off-scope:unrelated",
            "figurative",
            "now");

    private final ContentSet content;
    private final TextNormalizer normalizer;
    private final Stemmer stemmer;
    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> questionOpenings = new HashSet<>();
    /** Stemmed words that frame a question, not its subject ([frames]). */
    private final Set<String> frames = new HashSet<>();

    private final Language language;
    private final EmergencyReading emergencies;
    private final Set<String> anaphora;
    /** The word that asks why or says because ("porque"), as written before any equivalence; none in English. */
    private final Set<String> because;
    /** Said right before it, the word asks why ("no entiendo porque", "y porque"). */
    private final Set<String> becauseAsksAfter;
    /** Who a sentence is about ([caregiver-words], [patient-words], they, you): an opening said after one tells. */
    private final Set<String> subjects = new HashSet<>();
    /** Words that may stand between a subject and its verb ("we already did", "ya le hicieron"). */
    private final Set<String> subjectAdverbs;
    /** The patient, however named ([patient-words]). */
    private final Set<String> patientWords = new HashSet<>();
    /** The speaker and their own ([self-words]: "me", "my"): a sentence of these alone is said of oneself. */
    private final Set<String> selfWords = new HashSet<>();
    /** Words after which an opening joins a clause rather than asks ("desde que", "dijeron que", "siento que"). */
    private final Set<String> tellingBefore = new HashSet<>();
    /** Words between a word of telling and its "que" ("culpable de que", "antes de que"). */
    private final Set<String> tellingPrepositions = new HashSet<>();
    /** Openings that ask only at the start or before their subject ([openings-before-subject]: "is", "should"). */
    private final Set<String> openingsBeforeSubject = new HashSet<>();
    /** Question words that an opening after them belongs to ([question-words]: "when should I call"). */
    private final Set<String> questionWords = new HashSet<>();
    /**
     * Openings that, after a word of the story, join a clause to it rather than ask ([relative-openings]: "el cambio
     * que le salió", once "qué" and "que" are one word).
     */
    private final Set<String> relativeOpenings = new HashSet<>();
    /** Stop words after which a relative opening still joins a clause ([relative-before]: "todo lo que nos dijeron"). */
    private final Set<String> relativeBefore;
    /** The verbs that ask what something is, right after a question word ("qué es", "qué son"). */
    private final Set<String> definitionVerbs = new HashSet<>();

    private final Map<String, String> carriers;
    /**
     * The openings put back for the emergency reading only, where the topics' carriers put back none: "quiero saber si
     * la calentura que tiene ahorita…" asks whether, and is no condition.
     */
    private final Map<String, String> emergencyCarriers;
    /**
     * What the conversation's own topic leads its related ones by when a follow-up points back at it ("how long is
     * that", "what was it called before"): the language's [pointed-topic-lead], or {@link #OWN_TOPIC_BONUS}.
     */
    private final double pointedTopicLead;
    /** Built on the first question: an intent Alexa resolved itself only needs the emergency check. */
    private volatile Reading reading;

    public Understander(ContentSet content, Language language) {
        this.content = content;
        this.language = language;
        this.stemmer = Stemmer.named(language.setting("stemmer", "none"));
        Set<String> knownTerms = new HashSet<>();
        for (Pronunciation pronunciation : content.pronunciations()) {
            knownTerms.add(pronunciation.term().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        // The content's own short words written in capitals ("ANC" in a text) may be spelled out too.
        for (Topic topic : content.topics()) {
            for (String field : List.of(topic.title(), topic.answer(), topic.text())) {
                for (String word : field.split("[^\\p{L}\\p{N}]+")) {
                    if (word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))) {
                        knownTerms.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        this.normalizer = new TextNormalizer(language, knownTerms);
        for (String line : language.lines("stopwords")) {
            for (String word : line.split(" ")) {
                stopWords.addAll(normalizer.plain(word));
            }
        }
        for (String line : language.lines("frames")) {
            for (String word : line.split(" ")) {
                normalizer.plain(word).forEach(w -> frames.add(stemmer.stem(w)));
            }
        }
        for (String line : language.lines("question-openings")) {
            questionOpenings.addAll(List.of(line.split(" ")));
        }
        this.emergencies = new EmergencyReading(language, content.emergencySigns(), this::sentenceWords, stemmer::stem);
        this.anaphora = Set.copyOf(sectionWords("anaphora"));
        this.because = Set.copyOf(normalizer.plain(String.join(" ", language.lines("because"))));
        this.becauseAsksAfter = Set.copyOf(normalizer.plain(String.join(" ", language.lines("because-asks-after"))));
        this.subjectAdverbs = Set.copyOf(sectionWords("subject-adverbs"));
        this.carriers = language.pairs("carriers");
        Map<String, String> forEmergencies = new HashMap<>(carriers);
        forEmergencies.putAll(language.pairs("emergency-carriers"));
        this.emergencyCarriers = Map.copyOf(forEmergencies);
        this.pointedTopicLead =
                Double.parseDouble(language.setting("pointed-topic-lead", String.valueOf(OWN_TOPIC_BONUS)));
        for (String section : List.of("caregiver-words", "patient-words", "subjects")) {
            language.lines(section).forEach(line -> subjects.addAll(sentenceWords(line)));
        }
        language.lines("patient-words").forEach(line -> patientWords.addAll(sentenceWords(line)));
        language.lines("self-words").forEach(line -> selfWords.addAll(sentenceWords(line)));
        language.lines("telling-before").forEach(line -> tellingBefore.addAll(sentenceWords(line)));
        language.lines("telling-prepositions").forEach(line -> tellingPrepositions.addAll(sentenceWords(line)));
        language.lines("openings-before-subject")
                .forEach(line -> openingsBeforeSubject.addAll(List.of(line.split(" "))));
        language.lines("question-words").forEach(line -> questionWords.addAll(sentenceWords(line)));
        language.lines("relative-openings").forEach(line -> relativeOpenings.addAll(sentenceWords(line)));
        this.relativeBefore = Set.copyOf(sectionWords("relative-before"));
        language.lines("definition-verbs").forEach(line -> definitionVerbs.addAll(sentenceWords(line)));
    }

    /**
     * What only a free question needs: the topic index, the names heard in pieces, the words that may be recorded and
     * the advice, off-scope and not-yet lists. The heavier part of building an understander, so it waits for the
     * first question (SnapStart priming asks one).
     */
    private final class Reading {
        private final TopicIndex index;
        /** Every word the language knows: the index's, the stop words and the words of the language's own lists. */
        private final Set<String> knownWords;

        private final NameMatcher names;
        private final RecordedWords recorded;
        private final Phrases advice;
        /** What to watch for and when to call or go in: asked with "should I", still a question the content answers. */
        private final Phrases notAdvice;
        /** "Does palliative care mean he's going to die": what a topic named plainly means, not a prognosis asked. */
        private final Phrases whatItMeans;
        /** The words that ask for another one ("otro", "other"), as matched. */
        private final Set<String> anotherWords;
        /** Words that end the clause whose meaning is asked ("si", "because"). */
        private final Set<String> definitionEnds;
        /** Words around what a definition question asks that are not it ("they keep saying"). */
        private final Set<String> definitionFillers;
        /** Articles between a short definition frame and what it asks about ("what's a blast"). */
        private final Set<String> definitionArticles;
        /** Words that open the clause a definition question asks about after "it" ("what does it mean when..."). */
        private final Set<String> definitionJoins;
        /** Words that deny. */
        private final Set<String> negations;
        /** What asks what a word means ("what does … mean", "qué quiere decir"). */
        private final Phrases definitions;

        private final Phrases shortDefinitions;

        private final Map<Understanding.Reason, Phrases> offScope = new LinkedHashMap<>();
        private final Phrases notYet;
        private final Phrases feelings;
        /** How a caregiver asks about their own feeling ("is that normal"), which asks for no topic. */
        private final Phrases feelingQuestions;

        private final Phrases judgements;
        /** How a follow-up asks for a kind of topic ("how is it treated": a treatment). */
        private final Map<Category, Phrases> facets = new LinkedHashMap<>();
        /** How a question says it is not asking for a kind of topic, though it shares its words ("how does it work"). */
        private final Map<Category, Phrases> notFacets = new LinkedHashMap<>();
        /** A follow-up that asks for another one than the conversation's ("is there one for adults"). */
        private final Phrases another;
        /** A follow-up that asks what comes next ("what comes after that", "¿y después de eso qué sigue?"). */
        private final Phrases nextStep;
        /** A follow-up that asks about the whole of what was just heard ("the whole thing", "todo eso"). */
        private final Phrases wholeOfIt;
        /** "The second one", "la segunda que dijiste": the first, second, third and last thing named in an answer. */
        private final List<Phrases> ordinals;
        /** The drugs, products and genes each topic's answer names, in the order it names them (filled as asked). */
        private final Map<String, List<Topic>> mentioned = new ConcurrentHashMap<>();
        /**
         * The kinds a topic of each kind answers itself (`[own-facets]`): how a side effect is treated is the side
         * effect's own answer ("and how do they treat it" after CRS), not a treatment's.
         */
        private final Map<Category, Set<Category>> ownFacets = new LinkedHashMap<>();

        /** The drug, product and gene names the content pronounces, as the topics are matched by. */
        private final Set<String> specificNames = new HashSet<>();

        private final Set<String> caregiverWords;
        /** The topic a caregiver's feelings are answered with when nothing else is named; none if the content lacks it. */
        private final Optional<Topic> feelingsTopic;
        /** The topic of whom a caregiver can talk to (support lines, social workers). */
        private final Optional<Topic> supportTopic;
        /** How a caregiver says they have no one to talk to ("no tengo con quién hablar"). */
        private final Phrases someoneToTalkTo;
        /** The words of the news itself ("it came back", "la noticia"), as matched. */
        private final Set<String> news;
        /** How a treatment is said to have failed ("didn't work", "no funcionó"): what it is said of is news too. */
        private final Phrases failed;
        /** How a caregiver says they missed seeing something ("didn't notice"): what they missed is a feeling's why. */
        private final Phrases missedSeeing;
        /** The question words that ask what something is ("what", "qué"), before a story told after the question. */
        private final Set<String> subjectQuestions;
        /** How a story told after a question starts ("I thought", "they said", "me dijeron"). */
        private final Phrases storyOpenings;
        /** The words that date a feeling ("since", "desde"), as said. */
        private final Set<String> sinceWords;
        /** What to watch for and when to call, never declined: the language's topic for it and how it is asked. */
        private final Optional<Topic> whenToCallTopic;

        private final Phrases whenToCall;
        /** "What do I do", "what should we do": with a sign that is not happening now, a question about that sign. */
        private final Phrases whatToDo;

        Reading() {
            Set<String> contentWords = new HashSet<>();
            for (Topic topic : content.topics()) {
                List<String> fields = new ArrayList<>(List.of(topic.title(), topic.answer(), topic.text()));
                fields.addAll(topic.more());
                fields.addAll(topic.synonyms());
                fields.addAll(topic.questions());
                fields.addAll(topic.aliases());
                fields.forEach(field -> contentWords.addAll(normalizer.plain(field)));
            }
            language.lines("stopwords").forEach(line -> contentWords.addAll(List.of(line.split(" "))));
            // The language's own lists of what caregivers ask that no topic answers ("school", "vacuna") are written
            // here, not said by anyone: their words may be recorded too, where no general word list has them.
            for (String section : RECORDABLE_SECTIONS) {
                language.lines(section).forEach(line -> contentWords.addAll(normalizer.plain(line)));
            }
            recorded = new RecordedWords(language.locale(), contentWords);
            // The words of the topics' names that are ordinary words of the language, as the index matches them.
            Set<String> ordinary = new HashSet<>();
            for (Topic topic : content.topics()) {
                List<String> names = new ArrayList<>(topic.synonyms());
                names.add(topic.title());
                names.addAll(topic.aliases());
                for (String name : names) {
                    normalizer.words(name).stream()
                            .filter(word -> !stopWords.contains(word) && recorded.isCommon(word))
                            .forEach(word -> ordinary.add(stemmer.stem(word)));
                }
            }
            index = new TopicIndex(content.topics(), Understander.this::indexWords, ordinary::contains);
            Set<String> vocabulary = new HashSet<>(index.vocabulary());
            vocabulary.addAll(stopWords);
            // Every word of the language's own lists is a word of the language, never a name heard wrong ("chance",
            // "respirando"): the lists are all the general vocabulary a language without a word list has.
            for (String section : language.sectionsStartingWith("")) {
                language.lines(section).forEach(line -> vocabulary.addAll(normalizer.plain(line)));
            }
            knownWords = Set.copyOf(vocabulary);
            Map<String, List<String>> nameSet = new HashMap<>();
            for (Pronunciation pronunciation : content.pronunciations()) {
                for (String word : normalizer.plain(pronunciation.term())) {
                    if (word.chars().allMatch(Character::isLetterOrDigit) && word.length() >= 5) {
                        nameSet.put(word, List.of(word));
                        specificNames.add(stemmer.stem(word));
                    }
                }
            }
            // A drug's, product's or gene's name as the content spells it heard ("kimria" for Kymriah), one of its own
            // topic's one-word names, names it as the name does.
            Set<String> pronounced = Set.copyOf(specificNames);
            for (Topic topic : content.topics()) {
                List<String> own = new ArrayList<>(topic.synonyms());
                own.add(topic.title());
                own.addAll(topic.aliases());
                List<String> spoken = own.stream()
                        .flatMap(name -> normalizer.plain(name).stream())
                        .filter(word -> pronounced.contains(stemmer.stem(word)))
                        .toList();
                own.stream()
                        .map(normalizer::plain)
                        .filter(words -> words.size() == 1
                                && words.get(0).length() >= MIN_OWN_NAME
                                && words.get(0).chars().allMatch(Character::isLetter)
                                && !recorded.isCommon(words.get(0))
                                && spoken.stream()
                                        .anyMatch(name -> JaroWinkler.similarity(name, words.get(0)) >= HEARD_AS_NAME))
                        .forEach(words -> specificNames.add(stemmer.stem(words.get(0))));
            }
            // The content's long words are names too, for this purpose ("ree in duck shun" is reinduction), and so are
            // its two-word names run together ("veno occlusive").
            for (Topic topic : content.topics()) {
                List<String> named = new ArrayList<>(topic.synonyms());
                named.add(topic.title());
                named.addAll(topic.aliases());
                for (String name : named) {
                    List<String> words = normalizer.plain(name);
                    words.stream()
                            .filter(w -> w.length() >= LONG_NAME
                                    && w.chars().allMatch(Character::isLetter)
                                    && !recorded.isCommon(w))
                            .forEach(w -> nameSet.putIfAbsent(w, List.of(w)));
                }
            }
            Set<String> plainContent = new HashSet<>(contentWords);
            names = new NameMatcher(
                    nameSet,
                    word -> vocabulary.contains(word) || plainContent.contains(word) || recorded.isCommon(word),
                    word -> vocabulary.contains(word) || plainContent.contains(word),
                    recorded::isCommon,
                    Set.copyOf(sectionWords("articles")),
                    stopWords);
            advice = new Phrases(language.lines("advice"), Understander.this::sentenceWords);
            notAdvice = new Phrases(language.lines("not-advice"), Understander.this::sentenceWords);
            whatItMeans = new Phrases(language.lines("what-it-means"), Understander.this::sentenceWords);
            definitions = new Phrases(language.lines("definition-frames"), Understander.this::sentenceWords);
            shortDefinitions = new Phrases(language.lines("short-definition-frames"), Understander.this::sentenceWords);
            anotherWords = Set.copyOf(queryWords(sectionWords("another-words")));
            definitionEnds = Set.copyOf(sectionWords("definition-ends"));
            definitionFillers = Set.copyOf(sectionWords("definition-fillers"));
            definitionArticles = Set.copyOf(sectionWords("definition-articles"));
            definitionJoins = Set.copyOf(sectionWords("definition-joins"));
            negations = Set.copyOf(sectionWords("negations"));
            offScope.put(
                    Understanding.Reason.MONEY,
                    new Phrases(language.lines("off-scope:money"), Understander.this::sentenceWords));
            offScope.put(
                    Understanding.Reason.CARE_CHOICE,
                    new Phrases(language.lines("off-scope:care-choice"), Understander.this::sentenceWords));
            offScope.put(
                    Understanding.Reason.UNRELATED,
                    new Phrases(language.lines("off-scope:unrelated"), Understander.this::sentenceWords));
            notYet = new Phrases(language.lines("not-yet"), Understander.this::sentenceWords);
            feelings = new Phrases(language.lines("feelings"), Understander.this::sentenceWords);
            feelingQuestions = new Phrases(language.lines("feeling-questions"), Understander.this::sentenceWords);
            judgements = new Phrases(language.lines("judgements"), Understander.this::sentenceWords);
            for (Category category : Category.values()) {
                List<String> lines = language.lines("facet:" + category.fileName());
                if (!lines.isEmpty()) {
                    facets.put(category, new Phrases(lines, Understander.this::sentenceWords));
                }
                List<String> not = language.lines("not-facet:" + category.fileName());
                if (!not.isEmpty()) {
                    notFacets.put(category, new Phrases(not, Understander.this::sentenceWords));
                }
            }
            another = new Phrases(language.lines("another"), Understander.this::sentenceWords);
            nextStep = new Phrases(language.lines("next-step"), Understander.this::sentenceWords);
            wholeOfIt = new Phrases(language.lines("whole-of-it"), Understander.this::sentenceWords);
            ordinals = Stream.of("ordinal-first", "ordinal-second", "ordinal-third", "ordinal-last")
                    .map(section -> new Phrases(language.lines(section), Understander.this::sentenceWords))
                    .toList();
            language.pairs("own-facets").forEach((kind, asked) -> {
                Set<Category> kinds = ownFacets.computeIfAbsent(Category.fromFileName(kind), k -> new HashSet<>());
                for (String one : asked.split(",")) {
                    kinds.add(Category.fromFileName(one));
                }
            });
            caregiverWords = new HashSet<>();
            language.lines("caregiver-words").forEach(line -> caregiverWords.addAll(sentenceWords(line)));
            feelingsTopic = content.topic(language.setting("feelings-topic", ""));
            supportTopic = content.topic(language.setting("support-topic", ""));
            someoneToTalkTo = new Phrases(language.lines("someone-to-talk-to"), Understander.this::sentenceWords);
            news = Set.copyOf(queryWords(sectionWords("news-words")));
            failed = new Phrases(language.lines("failed"), Understander.this::sentenceWords);
            missedSeeing = new Phrases(language.lines("missed-seeing"), Understander.this::sentenceWords);
            sinceWords = Set.copyOf(sectionWords("since-words"));
            storyOpenings = new Phrases(language.lines("story-openings"), Understander.this::sentenceWords);
            subjectQuestions = Set.copyOf(sectionWords("subject-questions"));
            whenToCallTopic = content.topic(language.setting("when-to-call-topic", ""));
            whenToCall = new Phrases(language.lines("when-to-call"), Understander.this::sentenceWords);
            whatToDo = new Phrases(language.lines("what-to-do"), Understander.this::sentenceWords);
        }
    }

    private Reading reading() {
        Reading built = reading;
        if (built == null) {
            synchronized (this) {
                built = reading;
                if (built == null) {
                    built = new Reading();
                    reading = built;
                }
            }
        }
        return built;
    }

    /**
     * Understands what was said.
     *
     * @param intent the intent Alexa matched; its opening words (the language's carriers) are put back in front
     * @param said the words in the slot
     * @param conversationTopic the topic the conversation is about, for a follow-up
     */
    public Understanding understand(String intent, String said, Optional<String> conversationTopic) {
        String text = withCarrier(intent, said);
        List<String> sentence = sentenceWords(text);
        // Only an intent with an opening of its own for the emergency reading is read twice.
        String emergencyText = withCarrier(intent, said, emergencyCarriers);
        List<String> asSaid = emergencyText.equals(text) ? sentence : sentenceWords(emergencyText);
        Optional<String> sign = emergencies.signIn(asSaid, conversationTopic.isPresent());
        if (sign.isPresent()) {
            return new Understanding.Emergency(
                    sign.get(), new Understanding.Explanation(asSaid, List.of(), "emergency:" + sign.get()));
        }
        Reading read = reading();
        List<String> restored = restoredWords(text);
        // "I'm terrified, how does the transplant work": the caregiver's feeling is kept for below, the question drives
        // the ranking.
        List<Phrases.Hit> feelingsSaid = read.feelings.find(restored);
        List<String> feelingAside =
                saysOwnFeeling(restored, feelingsSaid, read) ? without(restored, feelingsSaid) : restored;
        // "So if hers was one in a thousand, is that bad?" after MRD: in a conversation, how good or bad something is
        // asks it of what was just heard; "bad" names no topic of its own.
        List<String> asked = conversationTopic.isPresent()
                ? without(feelingAside, read.judgements.find(feelingAside))
                : feelingAside;
        List<String> query = queryWords(asked);
        List<TopicIndex.Scored> ranked =
                rank(query, weights(asked), questionAfterStory(asked), sentence, asked, conversationTopic);
        List<Understanding.Candidate> candidates = ranked.stream()
                .limit(3)
                .map(s -> new Understanding.Candidate(s.topic().id(), round(s.score()), s.matched()))
                .toList();
        // "What should we do if she gets a fever": what to do about a sign that is not happening now is what the
        // when-to-call topic answers (call the care team at once if it does), never advice to turn away.
        Optional<Phrases.Hit> whatToDo = read.whenToCallTopic.isPresent()
                ? read.whatToDo.find(sentence).stream().findFirst()
                : Optional.empty();
        if (whatToDo.isPresent()) {
            Optional<String> signAsked = emergencies.signSpokenOf(sentence);
            if (signAsked.isPresent()) {
                return new Understanding.Answer(
                        read.whenToCallTopic.get(),
                        new Understanding.Explanation(
                                query, candidates, "what to do about a sign: " + signAsked.get()));
            }
        }
        List<Phrases.Hit> adviceHits = adviceIn(sentence, read);
        boolean meaningOfANamedTopic =
                !ranked.isEmpty() && ranked.get(0).namedPlainly() && read.whatItMeans.anyIn(sentence);
        if (!adviceHits.isEmpty() && !read.notAdvice.anyIn(sentence) && !meaningOfANamedTopic) {
            return decline(
                    Understanding.Reason.ADVICE,
                    ranked,
                    query,
                    candidates,
                    "advice: " + adviceHits.get(0).phrase());
        }
        // "I'm terrified about the CAR T and I don't have anyone to talk to": what they need is someone to talk to,
        // whatever the worry is about.
        Optional<Phrases.Hit> alone = read.supportTopic.isPresent()
                ? read.someoneToTalkTo.find(sentence).stream().findFirst()
                : Optional.empty();
        if (alone.isPresent()) {
            return new Understanding.Answer(
                    read.supportTopic.get(),
                    new Understanding.Explanation(
                            query,
                            candidates,
                            "someone to talk to: " + alone.get().phrase()));
        }
        // "Sitting in the parking lot of the clinic they told me it's back, what does relapsed mean": the hospital's
        // car park, directions or cafeteria in the story before a question are the scene, not what is asked. (Money
        // or another illness in the story may well be: "my mom has breast cancer, what treatment is there".)
        int asking = firstOpening(sentence);
        // What the caregiver says of their own feelings, for when nothing else is named.
        List<Phrases.Hit> feelingHits = read.feelingsTopic.isPresent() ? read.feelings.find(sentence) : List.of();
        Optional<Phrases.Hit> feeling = saysOwnFeeling(sentence, feelingHits, read)
                ? feelingHits.stream().findFirst()
                : Optional.empty();
        for (Map.Entry<Understanding.Reason, Phrases> kind : read.offScope.entrySet()) {
            List<Phrases.Hit> hits = kind.getValue().find(sentence).stream()
                    .filter(hit ->
                            kind.getKey() != Understanding.Reason.CARE_CHOICE || asking <= 0 || hit.end() > asking)
                    .toList();
            if (!hits.isEmpty()) {
                Understanding.Decline offScope = decline(
                        kind.getKey(),
                        ranked,
                        query,
                        candidates,
                        "off-scope: " + hits.get(0).phrase());
                // "I'm trying to keep my job and get her to every appointment and I just can't cope anymore": a
                // feeling that asks nothing is what was said, whatever of work or money the story tells.
                return asks(restored) ? offScope : orFeelings(feeling, read, offScope);
            }
        }
        // A decline becomes the caregiver's feeling, or the when-to-call topic, when either is what was said.
        UnaryOperator<Understanding> orInstead = declined -> orWhenToCall(
                sentence, read, orSaidOfOneself(sentence, restored, read, orFeelings(feeling, read, declined)));
        TopicIndex.Scored top = ranked.isEmpty() ? null : ranked.get(0);
        // "Since his brother relapsed he's been acting out at school ... how do I help him": school in the story
        // before a question that plainly and strongly names a topic is the scene, not what is asked.
        int storyEnd = lastOpening(restored);
        boolean strongTopic = top != null
                && top.namedPlainly()
                && top.score() >= STRONG_SCORE
                && top.score()
                        >= STRONG_LEAD * (ranked.size() > 1 ? ranked.get(1).score() : 0);
        // "Qué es el inotuzumab que le van a poner por el port": a clause that only says more of a subject named
        // plainly (when, where, how it is given) is not what is asked.
        int subjectClause = clauseOfTheSubject(restored);
        boolean namedSubject = top != null && top.namedPlainly() && subjectClause > 0;
        Optional<Phrases.Hit> uncovered = read.notYet.find(restored).stream()
                .filter(hit -> top == null || !coveredBy(top, queryWords(restored.subList(hit.start(), hit.end()))))
                .filter(hit -> !(strongTopic && storyEnd > 0 && hit.end() <= storyEnd))
                .filter(hit -> !(namedSubject && hit.start() >= subjectClause))
                .findFirst();
        if (uncovered.isPresent()) {
            // "She won't stop throwing up and can't keep water down": a question without a topic yet that is also one
            // to call about is answered with the when-to-call topic.
            return orInstead.apply(decline(
                    Understanding.Reason.NOT_YET,
                    ranked,
                    query,
                    candidates,
                    "not yet: " + uncovered.get().phrase()));
        }
        if (top == null) {
            return orFeelings(
                    feeling, read, decline(Understanding.Reason.UNKNOWN, ranked, query, candidates, "nothing matched"));
        }
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        if (feeling.isPresent()
                && (!top.namedPlainly()
                        || top.score() < FEELING_OVER_NAMED
                                && !restored.isEmpty()
                                && selfWords.contains(restored.get(0))
                        || onlyTheNews(top, read)
                        || onlyWhenItBegan(top, restored, read)
                        || onlyWhatFailed(top, restored, read)
                        || onlyWhatWasMissed(top, restored, read))
                && !asksBeyondTheFeeling(restored, feelingsSaid, read)) {
            // "I'm so scared I'm going to lose her": a feeling, and no more of a topic than an ordinary word of one of
            // its names ("lose the marker"). "I feel like I can't breathe since they told us it came back": a feeling,
            // and the news that brought it. The feeling is what was said, and "is that normal" after it asks about the
            // feeling.
            return orFeelings(
                    feeling,
                    read,
                    decline(Understanding.Reason.UNKNOWN, ranked, query, candidates, "feeling, no topic named"));
        }
        if (!top.named()) {
            // "Why do they check for fever so much during blinatumomab": the question's words lead to a topic it does
            // not name, and the topic it names is nearly as close. Asked about, not answered outright.
            TopicIndex.Scored named = ranked.size() > 1 ? ranked.get(1) : null;
            // "I feel like I'm falling apart, I don't know how to do this anymore, with my other two kids at home": a
            // feeling that leads to the feelings topic is not asked about a topic a passing word names.
            boolean feelingLeads = feeling.isPresent()
                    && read.feelingsTopic
                            .filter(t -> t.id().equals(top.topic().id()))
                            .isPresent();
            if (named != null
                    && !feelingLeads
                    && named.named()
                    && named.score() >= ANSWER_SCORE
                    && named.score() >= NAMED_RUNNER_UP_SHARE * top.score()
                    && (feeling.isEmpty() || asks(restored))) {
                return new Understanding.Clarify(
                        named.topic(),
                        null,
                        new Understanding.Explanation(query, candidates, "clarify: named runner-up"));
            }
            // Only common words matched ("child", "hospital"): nothing here names a topic.
            return orInstead.apply(decline(Understanding.Reason.UNKNOWN, ranked, query, candidates, "no topic named"));
        }
        if (top.score() >= ANSWER_SCORE && top.score() >= ANSWER_LEAD * second) {
            return new Understanding.Answer(top.topic(), new Understanding.Explanation(query, candidates, "answer"));
        }
        if (top.score() >= CLARIFY_SCORE && (feeling.isEmpty() || asks(restored))) {
            Topic alternative =
                    ranked.size() > 1 && second >= CLARIFY_SCORE ? ranked.get(1).topic() : null;
            return new Understanding.Clarify(
                    top.topic(), alternative, new Understanding.Explanation(query, candidates, "clarify"));
        }
        // A caregiver who says how they feel, asks nothing and names no topic plainly enough to answer is answered
        // for the feeling, not asked "did you mean" about a word of their story.
        return orInstead.apply(decline(
                Understanding.Reason.UNKNOWN,
                ranked,
                query,
                candidates,
                top.score() >= CLARIFY_SCORE ? "not plainly named" : "too far from any topic"));
    }

    /**
     * The advice asked: anywhere in the sentence, and, for a phrase that only opens a question ("should we"), also where
     * the question opens after a story ("the team offered us a trial but grandma wants standard chemo, should we join
     * the trial"). Not within {@link #ASKED_WITH} words of a question word ("when should I call", "what questions
     * should I ask"): that is one question.
     */
    private List<Phrases.Hit> adviceIn(List<String> sentence, Reading read) {
        List<Phrases.Hit> hits = read.advice.find(sentence);
        int opening = lastOpening(sentence);
        if (!hits.isEmpty() || opening <= 0) {
            return hits;
        }
        if (stopWords.contains(sentence.get(opening - 1))
                || sentence.subList(Math.max(0, opening - ASKED_WITH), opening).stream()
                        .anyMatch(w -> questionOpenings.contains(w) || questionWords.contains(w))) {
            return hits;
        }
        return read.advice.find(sentence.subList(opening, sentence.size()));
    }

    /**
     * Whether the caregiver speaks of themself ("I'm scared", "we can't cope"), or says a feeling that is theirs in its
     * own words ("my heart is pounding", "my stomach is in knots", of no one else).
     */
    private boolean saysOwnFeeling(List<String> words, List<Phrases.Hit> feelings, Reading read) {
        return words.stream().anyMatch(read.caregiverWords::contains)
                || feelings.stream()
                        .anyMatch(hit ->
                                words.subList(hit.start(), hit.end()).stream().anyMatch(selfWords::contains));
    }

    /**
     * Whether a caregiver who says a feeling also asks something: not with the feeling's own words ("ya no sé ni qué
     * sentir"), nor with a question about the feeling ("is that normal").
     */
    private boolean asksBeyondTheFeeling(List<String> words, List<Phrases.Hit> feelings, Reading read) {
        List<String> told = without(words, feelings, FEELING_SAID);
        return asks(without(told, read.feelingQuestions.find(told)));
    }

    /** Whether a topic matched only the words of the news itself ("it came back", "la leucemia volvió"). */
    private boolean onlyTheNews(TopicIndex.Scored top, Reading read) {
        // "Lloro todas las noches desde que nos dijeron que le volvió a mi esposo": whom it came back to is the news
        // too.
        return wordsMatched(top).filter(w -> !patientWords.contains(w)).allMatch(read.news::contains);
    }

    /** The single words a topic matched, without the pairs it matched as said together ("\"leukemia relaps\""). */
    private static Stream<String> wordsMatched(TopicIndex.Scored top) {
        return top.matched().stream().filter(w -> !w.startsWith("\""));
    }

    /**
     * Whether the topic is named only as what failed, the news a feeling follows ("the transplant didn't work and I
     * just can't do this anymore", "nos dijeron que el car t no funcionó y ya no sé ni qué sentir").
     */
    private boolean onlyWhatFailed(TopicIndex.Scored top, List<String> words, Reading read) {
        Optional<Phrases.Hit> failure = read.failed.find(words).stream().findFirst();
        if (failure.isEmpty()) {
            return false;
        }
        Set<String> failedThing =
                Set.copyOf(queryWords(words.subList(0, failure.get().end())));
        return wordsMatched(top).allMatch(w -> failedThing.contains(w) || read.news.contains(w));
    }

    /**
     * Whether the topic is named only as what the caregiver missed seeing, the reason a feeling gives ("I feel guilty
     * that I didn't notice the bruises sooner", "me siento culpable porque no me di cuenta de que estaba enferma").
     */
    private boolean onlyWhatWasMissed(TopicIndex.Scored top, List<String> words, Reading read) {
        Optional<Phrases.Hit> missed = read.missedSeeing.find(words).stream().findFirst();
        if (missed.isEmpty()) {
            return false;
        }
        Set<String> missedThing =
                Set.copyOf(queryWords(words.subList(missed.get().start(), words.size())));
        return wordsMatched(top).allMatch(missedThing::contains);
    }

    /**
     * Whether the topic is named only after the words that date a feeling ("I haven't slept since she started
     * re-induction", "no duermo desde que empezó la quimio"): then it is when the feeling began, not what is asked.
     */
    private boolean onlyWhenItBegan(TopicIndex.Scored top, List<String> words, Reading read) {
        int since = IntStream.range(0, words.size())
                .filter(i -> read.sinceWords.contains(words.get(i)))
                .findFirst()
                .orElse(-1);
        if (since < 0) {
            return false;
        }
        Set<String> before = Set.copyOf(queryWords(words.subList(0, since)));
        return wordsMatched(top).noneMatch(before::contains);
    }

    /**
     * A question about what to watch for or when to call ("what signs mean I need to call his doctor"), or about a
     * sign that is not happening now ("si le da fiebre"), that names no topic is answered with the language's topic
     * for it rather than declined: it is never a question to turn away.
     */
    private Understanding orWhenToCall(List<String> sentence, Reading read, Understanding declined) {
        if (read.whenToCallTopic.isEmpty()
                || !(declined instanceof Understanding.Decline decline)
                || !(read.whenToCall.anyIn(sentence)
                        || emergencies.signSpokenOf(sentence).isPresent())) {
            return declined;
        }
        return insteadOf(decline, read.whenToCallTopic.get(), "when to call");
    }

    /**
     * A caregiver who says how they feel and names no topic ("I'm scared", "I can't sleep") is answered with the
     * language's topic for that (what helps a caregiver cope) rather than told the skill has no answer.
     */
    private static Understanding orFeelings(Optional<Phrases.Hit> feeling, Reading read, Understanding declined) {
        if (feeling.isEmpty() || !(declined instanceof Understanding.Decline decline)) {
            return declined;
        }
        return insteadOf(
                decline,
                read.feelingsTopic.orElseThrow(),
                "feelings: " + feeling.get().phrase());
    }

    /**
     * A caregiver who speaks of themself ("this news knocked the wind right out of me", "my head is pounding from all
     * the crying"), of no one else, asks nothing and names no topic is answered as for a feeling: what they said is
     * how they are, and "I don't have an answer to that" would answer nothing they asked.
     */
    private Understanding orSaidOfOneself(
            List<String> sentence, List<String> restored, Reading read, Understanding declined) {
        if (read.feelingsTopic.isEmpty()
                || !(declined instanceof Understanding.Decline decline)
                || decline.reason() != Understanding.Reason.UNKNOWN
                || asks(restored)
                || sentence.stream().noneMatch(selfWords::contains)
                || sentence.stream().anyMatch(patientWords::contains)) {
            return declined;
        }
        return insteadOf(decline, read.feelingsTopic.get(), "said of oneself, asks nothing");
    }

    /** A topic answered in place of a decline, keeping what the decline had read. */
    private static Understanding insteadOf(Understanding.Decline decline, Topic topic, String rule) {
        return new Understanding.Answer(
                topic,
                new Understanding.Explanation(
                        decline.explanation().words(), decline.explanation().candidates(), rule));
    }

    /**
     * "Me siento culpable porque no me di cuenta": a "porque" said inside a sentence, after neither a word that asks
     * nor the opening, says because; it is no question of why and names no topic. Said first, last, or after "y", "no
     * entiendo", it asks why; so does "por qué", written apart.
     */
    private List<String> withoutBecause(List<String> words) {
        if (because.isEmpty()) {
            return words;
        }
        List<String> kept = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            boolean saysBecause = because.contains(words.get(i))
                    && i > 0
                    && i < words.size() - 1
                    && !becauseAsksAfter.contains(words.get(i - 1));
            if (!saysBecause) {
                kept.add(words.get(i));
            }
        }
        return kept;
    }

    /**
     * The words of a text after names heard in pieces are restored and equivalences applied, and a Spanish "porque"
     * that says because is left out.
     */
    List<String> restoredWords(String text) {
        return normalizer.equivalent(joinedPieces(reading().names.restore(withoutBecause(normalizer.plain(text)))));
    }

    /**
     * A word speech recognition heard in two pieces, put back together ("re fractaria", "con solidation"): two words
     * that, joined, are a word some topic is matched by, when one of them is not.
     */
    private List<String> joinedPieces(List<String> words) {
        Reading read = reading();
        Set<String> terms = read.index.vocabulary();
        List<String> joined = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 1 < words.size()) {
                String next = words.get(i + 1);
                String both = word + next;
                // Two words the language knows are never a word in pieces (asked before stemming the pair).
                if (both.length() >= MIN_JOINED
                        && both.chars().allMatch(Character::isLetter)
                        && !stopWords.contains(next)
                        && !(known(word, read) && known(next, read))
                        && terms.contains(stemmer.stem(both))) {
                    joined.add(both);
                    i++;
                    continue;
                }
            }
            joined.add(word);
        }
        return joined;
    }

    /** Whether a word is one of the language's own, as said or as the index matches it. */
    private boolean known(String word, Reading read) {
        return read.knownWords.contains(word)
                || read.index.vocabulary().contains(stemmer.stem(word))
                || read.recorded.isCommon(word);
    }

    /** The emergency sign a slot's words describe as happening now, if any (every slot of every intent is read). */
    public Optional<String> emergencyIn(String intent, String said) {
        return emergencyIn(intent, said, false);
    }

    /** As {@link #emergencyIn(String, String)}, said in a conversation about a topic when {@code followingUp}. */
    public Optional<String> emergencyIn(String intent, String said, boolean followingUp) {
        return emergencies.signIn(sentenceWords(withCarrier(intent, said, emergencyCarriers)), followingUp);
    }

    /**
     * What may be logged of a question the skill could not answer: only the slot's words (the carrier is the model's),
     * each one that is neither the content's nor a common word of the language written as "_".
     */
    public String forTheRecord(String said) {
        return reading().recorded.reduce(normalizer.plain(bounded(said)));
    }

    private String withCarrier(String intent, String said) {
        return withCarrier(intent, said, carriers);
    }

    private static String withCarrier(String intent, String said, Map<String, String> carriers) {
        String carrier = intent == null ? null : carriers.get(intent);
        return (carrier == null ? "" : carrier + " ") + bounded(said);
    }

    /** What is read of a slot: a spoken question is a sentence or two; anything longer is not speech. */
    private static String bounded(String said) {
        if (said == null) {
            return "";
        }
        return said.length() <= MAX_CHARS ? said : said.substring(0, MAX_CHARS);
    }

    private List<TopicIndex.Scored> rank(
            List<String> query,
            Map<String, Double> weights,
            Set<String> askedAfterStory,
            List<String> sentence,
            List<String> restored,
            Optional<String> conversation) {
        // "How does blinatumomab work" asks what it does: the topics of its results, which share "work", are not asked.
        // Read with names put back together too: "how does blina too mo mab work".
        Set<Category> unasked = new HashSet<>();
        reading().notFacets.forEach((kind, phrases) -> {
            if (phrases.anyIn(sentence) || phrases.anyIn(restored)) {
                unasked.add(kind);
            }
        });
        Optional<Topic> current = conversation.flatMap(content::topic);
        if (current.isEmpty() || !looksLikeFollowUp(query, sentence)) {
            return defined(
                    preferNamedAndAsked(reading().index.rank(query, weights, askedAfterStory), query, unasked),
                    restored,
                    Optional.empty());
        }
        Topic now = current.get();
        // A follow-up is said of what was just heard: "how do they check for it" after MRD asks how MRD is checked, and
        // "and kids" after how common relapse is in adults asks how common it is in children. The title's words count
        // a little wherever the question's words are. Not when the follow-up names a drug, product or gene ("what is
        // blinatumomab" after CAR T): that is what it asks about. Not when another one is asked for ("is there one for
        // adults" after Kymriah): the title names the one not asked about. Not for the one just heard when only its
        // title fits ("and the brain one" after CRS): its own title is no reason to hear it again.
        Map<String, Double> title = new HashMap<>();
        boolean anotherAsked = reading().another.anyIn(sentence);
        if (query.stream().noneMatch(reading().specificNames::contains) && !anotherAsked) {
            indexWords(now.title()).forEach(word -> title.put(word, CONTEXT_WEIGHT));
        }
        // "Y para adultos, ¿hay otro?": "otro" asks for another one, it is not the other cancer a topic is named by.
        List<String> wanted = anotherAsked
                ? query.stream()
                        .filter(w -> !reading().anotherWords.contains(w))
                        .toList()
                : query;
        List<TopicIndex.Scored> said = new ArrayList<>(reading().index.rank(wanted, weights, askedAfterStory, title));
        // Matched by its own title alone, the one just heard has nothing the question said.
        said.removeIf(s -> s.topic().id().equals(now.id()) && s.matched().contains(TopicIndex.CONTEXT_ONLY));
        List<TopicIndex.Scored> ranked = preferNamedAndAsked(said, query, unasked);
        // A follow-up ("and for adults?", "what does it target?") is about the conversation's topic or one related
        // to it, unless it plainly names another topic, far better than any of those. Topics of the same kind are
        // nearer than the rest, less near than the related ones.
        Set<String> related = new HashSet<>(now.related());
        related.add(now.id());
        Set<String> preferred = new HashSet<>(related);
        for (Topic topic : content.topics()) {
            if (topic.related().contains(now.id())) {
                related.add(topic.id());
            }
            if (topic.category() == now.category()) {
                preferred.add(topic.id());
            }
        }
        preferred.addAll(related);
        // "How is that treated?", "does it work?", "any side effects?": a follow-up that asks for another kind of topic
        // than the conversation's is about the related topic of that kind.
        Optional<Category> facet = reading().facets.entrySet().stream()
                .filter(kind -> kind.getKey() != now.category()
                        && !unasked.contains(kind.getKey())
                        && !reading()
                                .ownFacets
                                .getOrDefault(now.category(), Set.of())
                                .contains(kind.getKey())
                        && kind.getValue().anyIn(sentence))
                .map(Map.Entry::getKey)
                .findFirst();
        Set<String> asked = new HashSet<>();
        facet.ifPresent(kind -> content.topics().stream()
                .filter(t -> t.category() == kind && related.contains(t.id()))
                .forEach(t -> asked.add(t.id())));
        if (asked.isEmpty()) {
            facet = Optional.empty();
        }
        // "What comes after that?": the topic the content names as next in the course of treatment, not the one just
        // heard; nothing is guessed where the content names none.
        boolean askedNext = now.next() != null
                && reading().nextStep.anyIn(sentence)
                && content.topic(now.next()).isPresent();
        if (askedNext) {
            facet = Optional.empty();
            asked.clear();
            asked.add(now.next());
        }
        // "Is there one for adults?", "any other ones?": the one just heard is not the answer.
        boolean another = reading().another.anyIn(sentence) || askedNext;
        // "And how do they treat it?" after a side effect: a kind the conversation's topic answers itself.
        Optional<Category> ownFacet = facet.isPresent() || another
                ? Optional.empty()
                : reading().ownFacets.getOrDefault(now.category(), Set.of()).stream()
                        .filter(kind -> reading().facets.containsKey(kind)
                                && reading().facets.get(kind).anyIn(sentence))
                        .findFirst();
        ownFacet.ifPresent(kind -> asked.add(now.id()));
        String askedLabel = askedNext
                ? "(next)"
                : "(" + facet.or(() -> ownFacet).map(Category::fileName).orElse("") + ")";
        // "How long is that?", "what was it called before?": said of the topic just heard.
        boolean pointsBack = sentence.stream().anyMatch(anaphora::contains);
        List<TopicIndex.Scored> near = new ArrayList<>();
        List<TopicIndex.Scored> far = new ArrayList<>();
        for (TopicIndex.Scored scored : ranked) {
            (preferred.contains(scored.topic().id()) ? near : far).add(scored);
        }
        double bestNear = near.isEmpty() ? 0 : near.get(0).score();
        if (!far.isEmpty()
                && far.get(0).namedPlainly()
                && query.size() >= FOLLOW_UP_ESCAPE_WORDS
                && far.get(0).score() > FOLLOW_UP_ESCAPE * Math.max(bestNear, CLARIFY_SCORE)) {
            return ranked;
        }
        List<TopicIndex.Scored> boosted = new ArrayList<>();
        for (TopicIndex.Scored scored : near) {
            String id = scored.topic().id();
            // Asked for another kind than the conversation's topic (what it said was just heard), the related topics
            // of that kind answer, and the rest of the conversation's kind is no nearer than any other topic.
            double score = asked.remove(id)
                    ? scored.score() * FOLLOW_UP_FACTOR + FOLLOW_UP_BONUS + FACET_BONUS
                    : (facet.isPresent() || another) && id.equals(now.id())
                            ? scored.score() * HEARD_SHARE
                            : facet.isEmpty() && !reading().facets.isEmpty() && id.equals(now.id())
                                    ? scored.score() * FOLLOW_UP_FACTOR
                                            + FOLLOW_UP_BONUS
                                            + (pointsBack ? pointedTopicLead : OWN_TOPIC_BONUS)
                                    : facet.isPresent() && scored.topic().category() != facet.get()
                                            ? scored.score()
                                            : related.contains(id)
                                                    ? scored.score() * FOLLOW_UP_FACTOR + FOLLOW_UP_BONUS
                                                    : scored.score() * SAME_KIND_FACTOR + SAME_KIND_BONUS;
            boosted.add(new TopicIndex.Scored(scored.topic(), score, scored.matched(), true));
        }
        if (!another
                && !asked.contains(now.id())
                && near.stream().noneMatch(s -> s.topic().id().equals(now.id()))) {
            // As if it had matched nothing: "is that the bad one" after KMT2A points back at KMT2A as much as "how long
            // is that" does at its topic.
            double lead = facet.isEmpty() && !reading().facets.isEmpty()
                    ? (pointsBack ? pointedTopicLead : OWN_TOPIC_BONUS)
                    : 0;
            boosted.add(new TopicIndex.Scored(now, FOLLOW_UP_BONUS + lead, List.of("(conversation)"), true));
        }
        for (String id : asked) {
            boosted.add(new TopicIndex.Scored(
                    content.topic(id).orElseThrow(), FOLLOW_UP_BONUS + FACET_BONUS, List.of(askedLabel), true));
        }
        boosted.sort((a, b) -> Double.compare(b.score(), a.score()));
        // "How long does the whole thing take, start to finish?", "¿y cuánto tarda todo eso?" after CAR T: the whole of
        // what was just heard, not the step of it whose questions ask how long it takes.
        // "Tell me more about the second one" after the immune therapies: the second drug its answer named.
        ordinalMention(sentence, now).ifPresent(named -> putFirst(boosted, named, "(ordinal)"));
        if (!another && facet.isEmpty() && reading().wholeOfIt.anyIn(sentence)) {
            putFirst(boosted, now, "(whole)");
        }
        if (askedNext) {
            // "¿Y después qué sigue?" after re-induction: what the content names as next, whatever topic says "sigue".
            putFirst(boosted, content.topic(now.next()).orElseThrow(), "(next)");
        }
        if (boosted.size() > 1) {
            // The conversation's own topic, or the related one the words fit best, is the answer: a follow-up is
            // not a new question to be unsure about.
            TopicIndex.Scored first = boosted.get(0);
            boosted.set(
                    0,
                    new TopicIndex.Scored(first.topic(), Math.max(first.score(), ANSWER_SCORE), first.matched(), true));
        }
        // "Wait, what's maintenance?" after missed maintenance doses: a word asked the meaning of is what is asked
        // about.
        return defined(boosted, restored, Optional.of(now.id()));
    }

    /**
     * "They told us today that Mia's leukemia is back, what does relapse actually mean", "qué quiere decir que le volvió
     * la leucemia si ya estaba en remisión": a question that asks what a word means, whose words asked the meaning of
     * alone are exactly one of a topic's names and clearly no other's, is answered with that topic, however the rest of
     * the sentence ranks the others. Not when the topic ranked first is named by those words too ("what does it mean
     * that his leukemia is refractory" stays with the topic that says what refractory is), unless that one is first
     * only for being the one just heard ("wait, what's maintenance?" after missed maintenance doses).
     */
    private List<TopicIndex.Scored> defined(
            List<TopicIndex.Scored> ranked, List<String> sentence, Optional<String> heard) {
        // "The doctor just told us Jayden's leukemia relapsed, what does that mean": a child's name is no part of it.
        List<String> asked = ranked.isEmpty()
                ? List.of()
                : definedWords(sentence).stream().filter(reading().index::knows).toList();
        List<TopicIndex.Scored> alone =
                asked.isEmpty() ? List.of() : reading().index.rankNames(asked);
        if (alone.isEmpty()
                || !alone.get(0).named()
                || alone.get(0).score() < TopicIndex.EXACT
                || (alone.size() > 1
                        && alone.get(0).score() < ANSWER_LEAD * alone.get(1).score())) {
            return ranked;
        }
        String id = alone.get(0).topic().id();
        String first = ranked.get(0).topic().id();
        if (!first.equals(id)
                && !heard.equals(Optional.of(first))
                && alone.stream().anyMatch(s -> s.topic().id().equals(first) && s.named())) {
            return ranked;
        }
        double lead = Math.max(ANSWER_SCORE, ranked.get(0).score() * ANSWER_LEAD);
        List<TopicIndex.Scored> moved = new ArrayList<>();
        for (TopicIndex.Scored scored : ranked) {
            moved.add(
                    scored.topic().id().equals(id)
                            ? scored.asNamed().withScore(Math.max(scored.score(), lead))
                            : scored);
        }
        if (moved.stream().noneMatch(s -> s.topic().id().equals(id))) {
            moved.add(alone.get(0).withScore(lead));
        }
        moved.sort((a, b) -> Double.compare(b.score(), a.score()));
        return moved;
    }

    /**
     * The words whose meaning a question asks: inside "what does ... mean", or after "qué significa" to the end of their
     * clause ("qué quiere decir que le volvió la leucemia, si ya estaba en remisión"), without whose it is ("for her",
     * "a mi hijo"). When those only point back, the clause a joining word opens after the frame ("what does it mean
     * when they say..."), or else the clause said just before it ("they keep saying relapse, so what does that mean"),
     * unless that one denies ("es refractory y no relapse, eso qué significa").
     */
    private List<String> definedWords(List<String> sentence) {
        for (Phrases.Hit hit : reading().definitions.find(sentence)) {
            Optional<int[]> gap = reading().definitions.aroundGap(hit);
            // "Qué quiere decir eso, es lo mismo que recaída": "eso" is what was said before; what follows asks more.
            boolean pointsBack = hit.end() < sentence.size() && anaphora.contains(sentence.get(hit.end()));
            List<String> defined = gap.isEmpty()
                    ? (pointsBack ? List.of() : meaningOf(clauseAfter(sentence, hit.end())))
                    : meaningOf(sentence.subList(hit.start() + gap.get()[0], hit.end() - gap.get()[1]));
            if (defined.isEmpty()
                    && gap.isPresent()
                    && hit.end() < sentence.size()
                    && reading().definitionJoins.contains(sentence.get(hit.end()))) {
                defined = meaningOf(clauseAfter(sentence, hit.end() + 1));
            }
            if (defined.isEmpty()) {
                List<String> before = clauseBefore(sentence, hit.start());
                defined = before.stream().anyMatch(reading().negations::contains) ? List.of() : meaningOf(before);
                // "The genetics report says iAMP21, what is that": a drug, product or gene named before is what "that"
                // is.
                List<String> names = defined.stream()
                        .filter(reading().specificNames::contains)
                        .toList();
                defined = names.isEmpty() ? defined : names;
            }
            if (!defined.isEmpty()) {
                return defined;
            }
        }
        // "Wait, what's maintenance?": "what is" and a word or two that end the sentence, all of them the thing asked
        // about ("what are my odds" asks no meaning); "y lo de fuera de la médula, ¿qué es?": said last, of the clause
        // before it.
        for (Phrases.Hit hit : reading().shortDefinitions.find(sentence)) {
            // "What's a blast": the article is not part of the thing.
            int from =
                    hit.end() < sentence.size() && reading().definitionArticles.contains(sentence.get(hit.end()))
                            ? hit.end() + 1
                            : hit.end();
            List<String> left = sentence.subList(from, sentence.size());
            List<String> defined = meaningOf(left);
            if (!left.isEmpty() && left.size() <= SHORT_DEFINED_WORDS && defined.size() == left.size()) {
                return defined;
            }
            if (left.isEmpty()) {
                return meaningOf(clauseBefore(sentence, hit.start()));
            }
        }
        return List.of();
    }

    /** The words from a place in a sentence to the end of their clause ("... si ya estaba en remisión"), a few at most. */
    private List<String> clauseAfter(List<String> sentence, int from) {
        int end = from;
        while (end < sentence.size()
                && end - from < DEFINED_WORDS
                && !reading().definitionEnds.contains(sentence.get(end))) {
            end++;
        }
        return sentence.subList(from, end);
    }

    /** The words of the clause before a place in a sentence ("they keep saying relapse | so what does that mean"). */
    private List<String> clauseBefore(List<String> sentence, int to) {
        int end = to;
        while (end > 0 && reading().definitionEnds.contains(sentence.get(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0
                && end - start < DEFINED_WORDS
                && !reading().definitionEnds.contains(sentence.get(start - 1))) {
            start--;
        }
        return sentence.subList(start, end);
    }

    /**
     * The words of a phrase that say what it is about: not whose, not a word that points back, asks, frames a question
     * or tells who said it ("they keep saying").
     */
    private List<String> meaningOf(List<String> words) {
        return queryWords(words.stream()
                        .filter(w -> !patientWords.contains(w)
                                && !anaphora.contains(w)
                                && !questionOpenings.contains(w)
                                && !questionWords.contains(w)
                                && !reading().definitionFillers.contains(w))
                        .toList())
                .stream()
                .filter(w -> !frames.contains(w))
                .toList();
    }

    /**
     * A ranking with a drug, product or gene named preferred ("What is Kymriah and how is it different from regular
     * chemo": a topic that never mentions it is not the answer, however well the rest of the question fits), and the
     * kinds of topic the question says it is not asking for counted less.
     */
    private List<TopicIndex.Scored> preferNamedAndAsked(
            List<TopicIndex.Scored> ranked, List<String> query, Set<Category> unasked) {
        List<String> namedNames =
                query.stream().filter(reading().specificNames::contains).toList();
        if (!namedNames.isEmpty()) {
            ranked = ranked.stream()
                    .map(s -> s.matched().stream().anyMatch(namedNames::contains)
                            ? s.asNamed()
                            : s.withScore(s.score() * UNNAMED_SHARE))
                    .sorted((a, b) -> Double.compare(b.score(), a.score()))
                    .toList();
            if (ranked.size() > 1
                    && ranked.get(1).score() >= TITLE_TIE * ranked.get(0).score()
                    && titledBy(ranked.get(1), namedNames)
                    && !titledBy(ranked.get(0), namedNames)) {
                List<TopicIndex.Scored> swapped = new ArrayList<>(ranked);
                swapped.set(0, ranked.get(1));
                swapped.set(1, ranked.get(0));
                ranked = swapped;
            }
        }
        if (!unasked.isEmpty()) {
            ranked = ranked.stream()
                    .map(s -> unasked.contains(s.topic().category()) ? s.withScore(s.score() * UNASKED_SHARE) : s)
                    .sorted((a, b) -> Double.compare(b.score(), a.score()))
                    .toList();
        }
        return ranked;
    }

    /** A topic put first, clearly ahead of the one that led, unless it already leads. */
    /** The topic a follow-up points to by its place among the names the answer just heard said, if it does. */
    private Optional<Topic> ordinalMention(List<String> sentence, Topic heard) {
        List<Phrases> ordinals = reading().ordinals;
        int place = IntStream.range(0, ordinals.size())
                .filter(i -> ordinals.get(i).anyIn(sentence))
                .findFirst()
                .orElse(-1);
        if (place < 0) {
            return Optional.empty();
        }
        List<Topic> named = reading().mentioned.computeIfAbsent(heard.id(), id -> namedIn(heard));
        int at = place == ordinals.size() - 1 ? named.size() - 1 : place;
        return at >= 0 && at < named.size() ? Optional.of(named.get(at)) : Optional.empty();
    }

    /**
     * The topics a topic's answer lists by a drug's, product's or gene's name as the content's pronunciations spell it,
     * in the order it names them: each the one whose own name the name alone is, two or more of one kind ("blinatumomab,
     * inotuzumab, and CAR T cells"); none when it lists none.
     */
    private List<Topic> namedIn(Topic topic) {
        List<List<String>> terms = content.pronunciations().stream()
                .map(pronunciation -> normalizer.plain(pronunciation.term()))
                .filter(words -> !words.isEmpty())
                .sorted((a, b) -> b.size() - a.size())
                .toList();
        List<String> answer = normalizer.plain(topic.answer());
        List<Topic> named = new ArrayList<>();
        for (int i = 0; i < answer.size(); i++) {
            for (List<String> term : terms) {
                if (i + term.size() > answer.size()
                        || !answer.subList(i, i + term.size()).equals(term)) {
                    continue;
                }
                List<TopicIndex.Scored> alone = reading().index.rankNames(queryWords(term));
                if (!alone.isEmpty()
                        && alone.get(0).named()
                        && alone.get(0).score() >= TopicIndex.EXACT
                        && !alone.get(0).topic().id().equals(topic.id())
                        && !named.contains(alone.get(0).topic())) {
                    named.add(alone.get(0).topic());
                }
                break;
            }
        }
        // What the answer lists are of one kind ("three kinds for B-ALL: blinatumomab, inotuzumab, and CAR T cells"):
        // the disease it names on the way is not one of them.
        Map<Category, Long> kinds =
                named.stream().collect(Collectors.groupingBy(Topic::category, Collectors.counting()));
        Optional<Category> listed = kinds.entrySet().stream()
                .filter(kind -> kind.getValue() > 1)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
        return listed.isEmpty()
                ? List.of()
                : named.stream().filter(t -> t.category() == listed.get()).toList();
    }

    private static void putFirst(List<TopicIndex.Scored> ranked, Topic topic, String label) {
        TopicIndex.Scored lead = ranked.get(0);
        if (lead.topic().id().equals(topic.id())) {
            return;
        }
        ranked.removeIf(s -> s.topic().id().equals(topic.id()));
        ranked.add(0, new TopicIndex.Scored(topic, lead.score() * ANSWER_LEAD, List.of(label), true));
    }

    private boolean titledBy(TopicIndex.Scored scored, List<String> names) {
        return indexWords(scored.topic().title()).stream().anyMatch(names::contains);
    }

    /** Whether a sentence asks something: a question opening is said ("I'm terrified, how does it work"). */
    private boolean asks(List<String> words) {
        int telling = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!questionOpenings.contains(words.get(i))) {
                continue;
            }
            // "I can't stop shaking", "we will get through", "we already did": an opening said after its subject
            // tells, not asks; so do the verbs that follow it ("I can do this", "I do not know").
            if (i > 0
                    && (subjects.contains(words.get(i - 1))
                            || telling == i - 1
                            || (i > 1
                                    && subjectAdverbs.contains(words.get(i - 1))
                                    && (subjects.contains(words.get(i - 2)) || telling == i - 2)))) {
                telling = questionWords.contains(words.get(i)) ? -1 : i;
                continue;
            }
            // "Desde que nos dijeron que volvió": "que" after "desde" or a verb of telling or feeling joins a clause.
            // "Me siento culpable de que le regresó", "antes de que": so after one of them and a preposition.
            if (i > 0
                    && (tellingBefore.contains(words.get(i - 1))
                            || (i > 1
                                    && tellingPrepositions.contains(words.get(i - 1))
                                    && (tellingBefore.contains(words.get(i - 2))
                                            || FEELING_SAID.equals(words.get(i - 2)))))) {
                continue;
            }
            // "My head is pounding": a verb that asks only before its subject ("is it", "should I") tells after a
            // word of the sentence.
            if (i > 0
                    && openingsBeforeSubject.contains(words.get(i))
                    && (i + 1 == words.size()
                            || !(subjects.contains(words.get(i + 1))
                                    || selfWords.contains(words.get(i + 1))
                                    || anaphora.contains(words.get(i + 1))))) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** The words outside the phrases found. */
    private static List<String> without(List<String> words, List<Phrases.Hit> hits) {
        return without(words, hits, null);
    }

    /** The words outside the phrases found, each stretch of phrases left as {@code mark} when there is one. */
    private static List<String> without(List<String> words, List<Phrases.Hit> hits, String mark) {
        if (hits.isEmpty()) {
            return words;
        }
        boolean[] out = new boolean[words.size()];
        for (Phrases.Hit hit : hits) {
            for (int i = hit.start(); i < hit.end(); i++) {
                out[i] = true;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!out[i]) {
                kept.add(words.get(i));
            } else if (mark != null && (i == 0 || !out[i - 1])) {
                kept.add(mark);
            }
        }
        return kept;
    }

    private boolean looksLikeFollowUp(List<String> query, List<String> sentence) {
        // "How long does each cycle last": the words that ask ("how") or frame ("actually") say nothing of a topic.
        long meaningful = query.stream()
                .filter(w -> !questionWords.contains(w) && !questionOpenings.contains(w) && !frames.contains(w))
                .count();
        return meaningful <= FOLLOW_UP_WORDS || sentence.stream().anyMatch(anaphora::contains);
    }

    /**
     * Whether the best topic covers what a not-yet phrase asks: it matched every word of the phrase that says
     * something, and one of them is its own name ("donor" for a transplant; not "child" for anything).
     */
    private boolean coveredBy(TopicIndex.Scored top, List<String> words) {
        return words.stream().allMatch(w -> top.matched().contains(w))
                && words.stream().anyMatch(w -> reading().index.names(top.topic(), w) || inNamedPair(top, w));
    }

    /**
     * Whether a word is one of two said together as one of a topic's names say them: "cat" of "otto cat zil" is
     * Aucatzyl heard in pieces, not a pet.
     */
    private static boolean inNamedPair(TopicIndex.Scored top, String word) {
        return top.namedPlainly()
                && top.matched().stream()
                        .filter(m -> m.startsWith("\""))
                        .anyMatch(m -> List.of(m.substring(1, m.length() - 1).split(" "))
                                .contains(word));
    }

    private Understanding.Decline decline(
            Understanding.Reason reason,
            List<TopicIndex.Scored> ranked,
            List<String> query,
            List<Understanding.Candidate> candidates,
            String rule) {
        List<Topic> closest = ranked.stream()
                .filter(s -> s.score() >= SUGGEST_SCORE && s.named())
                .limit(2)
                .map(TopicIndex.Scored::topic)
                .toList();
        return new Understanding.Decline(reason, closest, new Understanding.Explanation(query, candidates, rule));
    }

    /** The words of a section of the language's lists, read as a sentence's are ("anaphora", "negations"). */
    private List<String> sectionWords(String section) {
        return sentenceWords(String.join(" ", language.lines(section)));
    }

    /**
     * A sentence's words as the phrase lists read them: normalized, equivalences applied, every word kept and none
     * stemmed, so "she is confused" and "this is confusing" stay apart.
     */
    List<String> sentenceWords(String text) {
        return normalizer.words(text);
    }

    /** A question's words as the topics are matched by: stop words out, stemmed. */
    private List<String> queryWords(List<String> words) {
        return words.stream()
                .filter(w -> !stopWords.contains(w))
                .map(stemmer::stem)
                .toList();
    }

    private List<String> stemmed(List<String> words) {
        return words.stream().map(stemmer::stem).toList();
    }

    /**
     * How much each word of a question counts: a rambling question ends with what is asked ("... and I want to know
     * how that even happens"), so the words after its last question opening count more than the story before it.
     */
    private Map<String, Double> weights(List<String> words) {
        int opening = questionStart(words);
        int clause = clauseOfTheSubject(words);
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (stopWords.contains(word)) {
                continue;
            }
            double weight = opening >= 0 && i > opening && opening > 0 ? QUESTION_WEIGHT : 1.0;
            if (clause >= 0 && i > clause) {
                weight *= CLAUSE_WEIGHT;
            }
            String stem = stemmer.stem(word);
            weights.merge(stem, frames.contains(stem) ? weight * FRAME_WEIGHT : weight, Math::max);
        }
        return weights;
    }

    /**
     * Where a clause that only says more of what is asked about starts: "qué es el MRD que le van a checar después del
     * primer bloque de chemo" asks what MRD is, and the chemo is when. A definition asked ([definition-verbs] right
     * after a question word), its subject in a word or three, then a relative opening; -1 for none.
     */
    private int clauseOfTheSubject(List<String> words) {
        int story = storyAfterTheQuestion(words);
        if (story >= 0) {
            return story;
        }
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!questionWords.contains(words.get(i)) || !definitionVerbs.contains(words.get(i + 1))) {
                continue;
            }
            for (int j = i + 3; j < Math.min(words.size(), i + 3 + SUBJECT_WORDS); j++) {
                if (relativeOpenings.contains(words.get(j))) {
                    return j;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * Where a story told after a question that opens the sentence starts: "what's maintenance, I thought he was almost
     * done" asks what maintenance is; "qué son los blastos, me dijeron que tiene doce por ciento" what blasts are. A
     * question of what ([subject-questions]) names its subject in a few words, then a telling ([story-openings])
     * begins; -1 for none.
     */
    private int storyAfterTheQuestion(List<String> words) {
        Reading read = reading();
        if (words.isEmpty() || !read.subjectQuestions.contains(words.get(0))) {
            return -1;
        }
        for (Phrases.Hit hit : read.storyOpenings.find(words)) {
            if (hit.start() < 2 || hit.start() > 2 + SUBJECT_WORDS) {
                continue;
            }
            boolean named = words.subList(1, hit.start()).stream()
                    .anyMatch(w -> !stopWords.contains(w)
                            && !questionOpenings.contains(w)
                            && !frames.contains(stemmer.stem(w)));
            if (named) {
                return hit.start();
            }
        }
        return -1;
    }

    /**
     * The words of the question itself after a story ("I'm his grandpa and nobody's explained it to me plain, what is
     * this relapsed leukemia"), its opening and frames included, as the topics are matched by; none when nothing comes
     * before it.
     */
    private Set<String> questionAfterStory(List<String> words) {
        int opening = lastOpening(words);
        if (opening <= 0) {
            return Set.of();
        }
        // The opening itself, when it says something ("why", "how"): "why the leukemia came back" is not asking what
        // a relapse is.
        return new HashSet<>(queryWords(words.subList(opening, words.size())));
    }

    /**
     * Where the question itself starts: the last opening that something is asked after ("why it came back, and I don't
     * know what to say" asks why); -1 for none.
     */
    private int lastOpening(List<String> words) {
        boolean askedAfter = false;
        for (int i = words.size() - 1; i >= 0; i--) {
            if (questionOpenings.contains(words.get(i)) && askedAfter && !joinsAClause(words, i)) {
                return askedWithin(words, i);
            }
            askedAfter |= !stopWords.contains(words.get(i)) && !questionOpenings.contains(words.get(i));
        }
        return -1;
    }

    /**
     * An opening that a question word opening the sentence, just before it, asks with ("how do I explain to her little
     * brother why she has to go back in"): the sentence is one question, with no story before it, and asks from its
     * first opening after that word on.
     */
    private int askedWithin(List<String> words, int opening) {
        if (!opensTheSentence(words, opening)) {
            return opening;
        }
        for (int i = 1; i < opening; i++) {
            if (questionOpenings.contains(words.get(i))) {
                return i;
            }
        }
        return opening;
    }

    /** Whether a chain of question words, each within a few words of the next, leads from the sentence's start here. */
    private boolean opensTheSentence(List<String> words, int opening) {
        for (int i = Math.max(0, opening - EMBEDDED_WITHIN); i < opening; i++) {
            if (questionWords.contains(words.get(i))) {
                return i == 0 || opensTheSentence(words, i);
            }
        }
        return false;
    }

    /**
     * Where the question itself starts: its last opening, or, when what it asks only points back at the story ("they
     * keep saying relapsed, can you explain what that means", "they want a transplant, why would he need that now"),
     * the few words before it that it points at.
     */
    private int questionStart(List<String> words) {
        int opening = lastOpening(words);
        if (opening <= 0) {
            return opening;
        }
        List<String> asked = words.subList(opening, words.size());
        long said = asked.stream()
                .filter(w -> !stopWords.contains(w) && !questionOpenings.contains(w) && !anaphora.contains(w))
                .filter(w -> !frames.contains(stemmer.stem(w)))
                .count();
        if (said > POINT_BACK_SAID || asked.stream().noneMatch(anaphora::contains)) {
            return opening;
        }
        return Math.max(1, opening - POINT_BACK_WORDS);
    }

    /** Whether the opening at a place only joins a clause to the word of the story before it ("la mrd que me dicen"). */
    private boolean joinsAClause(List<String> words, int at) {
        if (at == 0 || !relativeOpenings.contains(words.get(at))) {
            return false;
        }
        String before = words.get(at - 1);
        return relativeBefore.contains(before) || !stopWords.contains(before) && !questionOpenings.contains(before);
    }

    /** Where the first question in a sentence starts: its first opening that something is asked after; -1 for none. */
    private int firstOpening(List<String> words) {
        int last = lastOpening(words);
        for (int i = 0; i < last; i++) {
            if (questionOpenings.contains(words.get(i))) {
                return i;
            }
        }
        return last;
    }

    /** A content field's words as the topics are indexed by. */
    private List<String> indexWords(String text) {
        return queryWords(normalizer.words(text));
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
