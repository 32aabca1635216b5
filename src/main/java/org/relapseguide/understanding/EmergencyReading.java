package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.relapseguide.content.EmergencySign;

/**
 * Reads a whole sentence for an emergency sign happening to the patient now: a sign described in plain words
 * ("she fainted", "his lips look blue", "he's burning up on the pump"), whatever else the sentence asks. Not an
 * emergency: a sign in a question about signs in general or "what if", a medical word that merely contains a sign's
 * word ("blood count", "bleeding risk"), and the caregiver's own feelings ("I'm so confused", "I can't breathe with
 * all this"). The words for each come from the language's resources and the content's emergency signs.
 */
final class EmergencyReading {
    private static final int LOOK_BEFORE = 6;
    private static final int LOOK_AFTER = 4;
    /** How far before a sign a verb of causing makes a question ask what causes it. */
    private static final int CAUSE_WORDS = 3;
    /** How many joining words may come between a number and what it counts ("cuarenta y un cromosomas"). */
    private static final int COUNT_JOIN_WORDS = 2;
    /** How far before a sign or its time a verb of starting may say when it began ("le empezó la fiebre"). */
    private static final int STARTED_WORDS = 3;
    /**
     * The content's signs (their ids) that are over once said to have ended, however long after: a nosebleed packed and
     * stopped. A fever, a seizure, a faint or confusion during treatment is called about even once it has gone.
     */
    private static final Set<String> OVER_ONCE_ENDED = Set.of("bleeding", "breathing");
    /** How many words of a sign's place may come before the relative clause that dates it ("de nariz que tuvo"). */
    private static final int SIGN_PLACE_WORDS = 2;
    /** How far before a sign a dream, a screen or a game it is told of may be named ("had a dream ... couldn't breathe"). */
    private static final int PRETEND_BEFORE = 10;
    /** ... and after it ("arrastrando las palabras para imitar al abuelo"). */
    private static final int PRETEND_AFTER = 8;
    /** How far before a screen "watching" may come: "watching a movie", "watching something on tv". */
    private static final int WATCHED_WORDS = 2;
    /** A cause denied this few words before it explains nothing ("tiene los labios morados y no es de la paleta"). */
    private static final int DENIED_CAUSE_WORDS = 3;

    private static final int SUBJECT_WINDOW = 6;
    /** A sign this close after "and" ("and almost fainted") may have the speaker of a longer clause before as subject. */
    private static final int JOINED_SIGN_WORDS = 2;
    /** How far back, before that "and", the clause's subject is looked for. */
    private static final int JOINED_CLAUSE_WORDS = 10;
    /** How long a relative clause between the patient and their sign may be ("my son who's on day 5 after CAR T"). */
    private static final int RELATIVE_CLAUSE_WORDS = 10;
    /** How many words before someone of the patient's may say whose they are: "her little brother". */
    private static final int OTHER_PERSON_WORDS = 3;
    /** How far before a sign's "he", "she" or missing subject a pet that opens the clause may be what it is said of. */
    private static final int PET_WORDS = 12;
    /** How far before a possessive, a pronoun or a verb that opens a clause the one it may be of is looked for. */
    private static final int OWNER_WORDS = 10;
    /** How far before someone a companion word may say they are only company ("con su hermanito"). */
    private static final int COMPANY_WORDS = 2;
    /** How far from a sign a time already gone may be said and still be the sign's time ("a nosebleed last week"). */
    private static final int PAST_WINDOW = 10;
    /** How near a sign said of no one a figure of speech must be to make it one ("my heart is bleeding"). */
    private static final int FIGURE_WINDOW = 6;

    private final Map<String, Phrases> signs = new LinkedHashMap<>();
    /** Every sign's phrases together. */
    private final Phrases anySign;
    /**
     * Each sign's descriptions read with their words stemmed, in a language that lists [signs-as-written], so any form
     * of a verb is read ("empezó a sangrar", "se está sacudiendo"); none in a language without that list.
     */
    private final Map<String, Phrases> stemmedSigns = new LinkedHashMap<>();

    private final Phrases anyStemmedSign;
    /** Words read as written even where signs are read stemmed: a noun whose stem is a sign's verb ("sangre"). */
    private final Set<String> asWritten;
    /** Endings of a sentence's words read as written there: the infinitive says what may happen ("puede hinchar"). */
    private final List<String> endingsAsWritten;
    /** The language's stemmer, or null where signs are read only as written. */
    private final UnaryOperator<String> stem;

    private final Phrases notSigns;
    private final Phrases hypotheticalBefore;
    private final Phrases hypotheticalAfter;
    private final Phrases heardFrom;
    /** A question that opens about children in general ("why do kids get fevers"): no one's sign now. */
    private final Phrases childrenInGeneral;
    /** After one of these ("but"), a sign is no longer the other child's or children's in general. */
    private final Set<String> contrasts;

    private final Phrases now;
    /** Words of the now list used otherwise ("is it just the normal reaction": merely, not a moment ago). */
    private final Phrases notNow;

    private final Phrases figurative;
    private final Phrases figurativeAny;
    private final Set<String> patientWords;
    private final Set<String> caregiverWords;
    /** The caregiver as the one told or spoken to ("me", "nos"), not the one a sign is said of. */
    private final Set<String> objectPronouns;
    /** The patient words that only point back ("he", "she"), which a pet named before may be. */
    private final Set<String> patientPronouns;
    /** The patient words that say whose something is ("his", "her"), which may be someone else's said before. */
    private final Set<String> patientPossessives;
    /** Animals: a sign of a pet's is never the patient's ("the dog had a seizure"). */
    private final Set<String> animals;
    /** The word between a pet and its owner named after it: "of", "de" ("el perro de mi hijo"). */
    private final Set<String> ownerJoins;
    /** After a pet's owner, the pronoun that makes the owner what the pet acts on ("el perro de mi hijo lo mordió"). */
    private final Set<String> petActsOn;
    /** "My other kid", "mi otro hijo": a child said with these is the patient's brother or sister. */
    private final Set<String> otherOnes;
    /** Verbs after which "if" asks whether ("I want to know if"), not on what condition. */
    private final Set<String> whetherVerbs;
    /** Someone of the patient's, not the patient: "his sister has a low fever", "su hermanito tiene fiebre". */
    private final Set<String> otherPeople;
    /** The speaker's own words ("mi", "my"), here as they name the patient ("a mi chamaco le..."). */
    private final Set<String> possessives;

    private final Set<String> firstPersonFeelings;
    /** Of those signs, the phrases that are plain and physical even said of oneself ("no paro de vomitar"). */
    private final Set<String> firstPersonPhysical;
    /**
     * What a speaker says to tell they are the patient ("I'm the patient", "I relapsed"): then a sign they say of
     * themselves is the patient's, even confusion or pain, though still not when figurative, past or general.
     */
    private final Phrases speakerIsPatient;
    /**
     * What a speaker says to tell the patient is someone else ("am I contagious to him"): a sign of their own is not the
     * patient's.
     */
    private final Phrases speakerIsNotPatient;

    /** What makes a sign said after it conditional: "if", "when", "keep an eye on" (a phrase, not its words). */
    private final Phrases conditionals;
    /** A "when" of a time already gone: "when we got home the thermometer said 38.6" supposes nothing. */
    private final Phrases pastTimeClauses;
    /** What measures a sign by itself ("the thermometer said 38.6"): the speaker before it is not its subject. */
    private final Set<String> instruments;
    /** Said right by a sign under "if", these make the "if" ask whether, not suppose ("if she can't … right now"). */
    private final Phrases nowInCondition;
    /** Said right after a sign, in its clause, these end it ("the nosebleed stopped after ten minutes"). */
    private final Phrases ended;
    /**
     * Signs no harmless cause told after them explains away ("she can't breathe, she had a popsicle earlier"); a story
     * or a game told before them still can.
     */
    private final Phrases beyondCauses;
    /**
     * Ends that end one sign only, by its id ([ended:fever]: "the thermometer says 98"): said after a nosebleed they
     * end nothing.
     */
    private final Map<String, Phrases> endedOnly = new HashMap<>();
    /** Harmless causes that explain one sign only ("la quimio roja" a red urine, never a fever), by sign. */
    private final Map<String, Phrases> pretendOnly = new HashMap<>();
    /** ... unless one of these follows: "it stopped, but now it started again". */
    private final Phrases startedAgain;
    /** The patient named as another person ("my grandson who has the leukemia", "mi hijo que está en quimio"). */
    private final Phrases patientElsewhere;
    /** Keeping the patient from someone's illness: "stay away from", "contagious", "visitar". */
    private final Phrases protectPatient;
    /** "He's not the patient", "el paciente es mi hijo". */
    private final Phrases notThePatient;
    /** Said of someone right before a sign, they are not the patient: "el que no tiene leucemia anda con calentura". */
    private final Phrases notThePatientBefore;
    /** Words just before a naming of the patient that make it the one just spoken of: "she's the one who has it". */
    private final Set<String> sameOne;
    /** In a follow-up, a word before a sign that points back at the one just spoken of: "that fever", "esa fiebre". */
    private final Set<String> pointingBack;

    private final Set<String> clauseBreaks;
    private final Set<String> intensifiers;
    private final Phrases pastMarkers;
    /**
     * Long past, even said of the patient ("he had a seizure years ago"): history, not now, unless now is said or the
     * sign is said in the present ("she relapsed last year and is bleeding").
     */
    private final Phrases longAgo;
    /**
     * A time already gone ("last week", "in March", "la semana pasada"): history when said by the sign in its own
     * stretch of the sentence, even of the patient, unless "since" comes before it or now is said there too. "She
     * had CAR T last month and has a fever" is a fever now: "and" ends that stretch.
     */
    private final Phrases recentPast;
    /**
     * A time weeks or more gone ("last month", "el mes pasado"): history when said by the sign in its own stretch of the
     * sentence, like a time of the recent past, without needing to be said over ("she had a fever last month when her
     * counts were low, why is a fever such a big deal"). A sign said in the present is still now.
     */
    private final Phrases weeksAgo;
    /**
     * What says the sign is over or asks about it as something past ("it's gone now", "was that from the chemo", "eso
     * fue crs"): a time gone counts only with one of these, so "last night she spiked a fever of 103" stays a fever.
     */
    private final Phrases over;
    /** Words that make a time gone a start that lasts ("since last week", "desde anoche"). */
    private final Set<String> ongoing;
    /** Words that join two things said ("and", "y"): a time gone on one side is not the other's. */
    private final Set<String> joins;
    /**
     * Joins after which a sign with no subject of its own may be the speaker's of the clause before ("and almost
     * fainted"); none in Spanish, whose verbs say who ("no lo puedo mantener despierto y anda como perdido").
     */
    private final Set<String> speakerJoins;
    /** The words that open a relative clause after the one it is said of ("my son who…", "mi hijo que…"). */
    private final Set<String> relativePronouns;
    /** Words inside a sign's own phrase that say it is not the speaker's ("no le salen las palabras"). */
    private final Set<String> othersInSign;
    /** Verbs said of someone else, right after a word of the speaker's ("yo está", put back before "está"). */
    private final Set<String> othersVerbs;
    /** Signs named in the plural, as a follow-up asks about them ("what about fevers"). */
    private final Set<String> pluralSigns;
    /** The words a question opens with ("does", "can", "why"). */
    private final Set<String> questionOpenings;
    /** Verbs of causing: a plural sign after one asks what a treatment causes ("does kymriah give you fevers"). */
    private final Set<String> causingVerbs;
    /** Nouns a number may count that are no temperature ("39 chromosomes"). */
    private final Set<String> countedNouns;
    /** Verbs that say when a sign began, not that it is over ("started", "empezó"). */
    private final Set<String> startedVerbs;
    /** A pronoun for a thing just named ("and it's bleeding"), whose owner is the one that named it. */
    private final Set<String> thingPronouns;
    /** Words inside a sign's own phrase that say it is the speaker's ("me falta el aire"), with no subject before. */
    private final Phrases speakerInSign;
    /** Words after an article that make it a time, not a thing ("se le quitó el martes", "it stopped the next day"). */
    private final Set<String> timesAfterArticle;
    /** Verbs of someone telling the caregiver, right after "me" ("me habla", "me llama por otro nombre"). */
    private final Set<String> tellingVerbs;
    /** Verbs said right before the speaker as the one told or asked ("tell me", "asking me"): [telling-before]. */
    private final Set<String> tellingBefore;
    /** Feelings given right after a hypothetical opening ("me da miedo"): the caregiver's, asking nothing. */
    private final Set<String> feelingsGiven;
    /** Verbs that tell a sign is said as now ("has", "is", "tiene", "está") or as then ("had", "tuvo", "le dio"). */
    private final Set<String> presentVerbs;

    private final Set<String> pastVerbs;
    /** Before an "if", these ask whether what is happening now is worth the worry ("should I worry if"). */
    private final Set<String> worryVerbs;
    /** After these, a hypothetical opening is what someone said ("me dice que es..."), not a question. */
    private final Set<String> reportingVerbs;
    /** The language's articles: after an end, one says what ended ("se le quitó el moretón"). */
    private final Set<String> articles;
    /** The speaker as an object ("me", "us"): after one of {@link #prepositions}, never a sign's subject. */
    private final Set<String> objectsAfterPrepositions;

    private final Set<String> prepositions;
    /** "Jugando con su hermano", "playing with her brother": someone of the patient's said after these is company. */
    private final Set<String> companions;
    /** The words that open a clause saying more of a sign just named ("that", "que"). */
    private final Set<String> relativeJoins;
    /** Before "if", the word that makes it "as if" ("como si"). */
    private final Set<String> asIf;
    /** A dream, a screen or a game a sign may be told of, or a harmless cause said right after it ([pretend]). */
    private final Phrases pretend;
    /** What the patient was doing with a screen when a sign came ("watching", "viendo"): no story told ([watching]). */
    private final Set<String> watching;
    /** Between a screen watched and a sign after it, the words that tell the sign as the story's ("where", "la"). */
    private final Set<String> storyJoins;
    /** Signs a screen watched does explain: a stare, not answering ([screen-absorbs]: "staring", "no me contesta"). */
    private final Phrases screenAbsorbs;
    /** How a state is said to be so now ("is", "está"), by a sign under "should I worry if". */
    private final Set<String> presentStates;

    /** Words that deny what follows them ("not", "no", "never"): "she's not bleeding", "no fever". */
    private final Set<String> negations;
    /** Words a denial may reach a sign through ("she hasn't had a fever", "no tiene fiebre"), at most two. */
    private final Set<String> negationFillers;
    /**
     * Words before a negation that make it part of the sign, when the sign follows it at once ("she can't breathe", "it
     * won't stop"): a sign listed with its negation is read whole; these keep a shorter one from being denied.
     */
    private final Set<String> negationModals;
    /** Words that carry a denial or a condition on to the next sign ("not confused or drowsy", "if … or …"). */
    private final Set<String> negationLists;

    /**
     * @param words how a phrase or sentence becomes the words this reads (the resolver's pipeline, stop words kept)
     * @param stemmer the language's stemmer, used only where the language lists [signs-as-written]
     */
    EmergencyReading(
            Language language,
            List<EmergencySign> contentSigns,
            Function<String, List<String>> words,
            UnaryOperator<String> stemmer) {
        asWritten = Set.copyOf(flatten(language.lines("signs-as-written"), words));
        endingsAsWritten = List.copyOf(flatten(language.lines("signs-as-written-endings"), words));
        boolean stems = !asWritten.isEmpty();
        stem = stems ? stemmer : null;
        Function<String, List<String>> stemmedWords = text -> words.apply(text).stream()
                .map(word -> asWritten.contains(word) ? word : stemmer.apply(word))
                .toList();
        for (String section : language.sectionsStartingWith("emergency:")) {
            String id = section.substring("emergency:".length());
            List<String> lines = new ArrayList<>(language.lines(section));
            contentSigns.stream().filter(s -> s.id().equals(id)).forEach(s -> {
                lines.add(s.name());
                lines.addAll(s.synonyms());
            });
            signs.put(id, new Phrases(lines, words));
            if (stems) {
                stemmedSigns.put(id, new Phrases(lines, stemmedWords));
            }
        }
        for (EmergencySign sign : contentSigns) {
            if (!signs.containsKey(sign.id())) {
                List<String> lines = new ArrayList<>(sign.synonyms());
                lines.add(sign.name());
                signs.put(sign.id(), new Phrases(lines, words));
                if (stems) {
                    stemmedSigns.put(sign.id(), new Phrases(lines, stemmedWords));
                }
            }
        }
        anySign = Phrases.union(signs.values());
        anyStemmedSign = Phrases.union(stemmedSigns.values());
        notSigns = new Phrases(language.lines("not-signs"), words);
        hypotheticalBefore = new Phrases(language.lines("hypothetical-before"), words);
        hypotheticalAfter = new Phrases(language.lines("hypothetical-after"), words);
        heardFrom = new Phrases(language.lines("heard-from"), words);
        childrenInGeneral = new Phrases(language.lines("children-in-general"), words);
        contrasts = Set.copyOf(flatten(language.lines("contrasts"), words));
        now = new Phrases(language.lines("now"), words);
        notNow = new Phrases(language.lines("not-now"), words);
        figurative = new Phrases(language.lines("figurative"), words);
        figurativeAny = new Phrases(language.lines("figurative-any"), words);
        patientWords = Set.copyOf(flatten(language.lines("patient-words"), words));
        patientPronouns = Set.copyOf(flatten(language.lines("patient-pronouns"), words));
        patientPossessives = Set.copyOf(flatten(language.lines("patient-possessives"), words));
        caregiverWords = Set.copyOf(flatten(language.lines("caregiver-words"), words));
        otherPeople = Set.copyOf(flatten(language.lines("other-people"), words));
        animals = Set.copyOf(flatten(language.lines("animals"), words));
        ownerJoins = Set.copyOf(flatten(language.lines("owner-joins"), words));
        petActsOn = Set.copyOf(flatten(language.lines("pet-acts-on"), words));
        otherOnes = Set.copyOf(flatten(language.lines("other-ones"), words));
        objectPronouns = Set.copyOf(flatten(language.lines("object-pronouns"), words));
        whetherVerbs = Set.copyOf(flatten(language.lines("whether-verbs"), words));
        possessives = Set.copyOf(flatten(language.lines("self-words"), words));
        firstPersonFeelings = Set.copyOf(flatten(language.lines("first-person-feelings"), w -> List.of(w.split(" "))));
        firstPersonPhysical = Set.copyOf(language.lines("first-person-physical"));
        speakerIsPatient = new Phrases(language.lines("speaker-is-patient"), words);
        speakerIsNotPatient = new Phrases(language.lines("speaker-not-patient"), words);
        conditionals = new Phrases(language.lines("conditional-words"), words);
        pastTimeClauses = new Phrases(language.lines("past-time-clauses"), words);
        instruments = Set.copyOf(flatten(language.lines("instruments"), words));
        nowInCondition = new Phrases(language.lines("now-in-condition"), words);
        ended = new Phrases(language.lines("ended"), words);
        beyondCauses = new Phrases(language.lines("beyond-causes"), words);
        for (String section : language.sectionsStartingWith("ended:")) {
            endedOnly.put(section.substring("ended:".length()), new Phrases(language.lines(section), words));
        }
        for (String section : language.sectionsStartingWith("pretend:")) {
            pretendOnly.put(section.substring("pretend:".length()), new Phrases(language.lines(section), words));
        }
        startedAgain = new Phrases(language.lines("started-again"), words);
        patientElsewhere = new Phrases(language.lines("patient-elsewhere"), words);
        protectPatient = new Phrases(language.lines("protect-patient"), words);
        notThePatient = new Phrases(language.lines("not-the-patient"), words);
        notThePatientBefore = new Phrases(language.lines("not-the-patient-before"), words);
        sameOne = Set.copyOf(flatten(language.lines("same-one"), words));
        pointingBack = Set.copyOf(flatten(language.lines("pointing-back"), words));
        clauseBreaks = Set.copyOf(flatten(language.lines("clause-breaks"), words));
        intensifiers = Set.copyOf(flatten(language.lines("intensifiers"), words));
        pastMarkers = new Phrases(language.lines("past"), words);
        longAgo = new Phrases(language.lines("long-ago"), words);
        recentPast = new Phrases(language.lines("recent-past"), words);
        weeksAgo = new Phrases(language.lines("weeks-ago"), words);
        over = new Phrases(language.lines("over"), words);
        ongoing = Set.copyOf(flatten(language.lines("ongoing"), words));
        joins = Set.copyOf(flatten(language.lines("joins"), words));
        speakerJoins = Set.copyOf(flatten(language.lines("speaker-joins"), words));
        relativePronouns = Set.copyOf(flatten(language.lines("relative-pronouns"), words));
        othersInSign = Set.copyOf(flatten(language.lines("others-in-sign"), words));
        othersVerbs = Set.copyOf(flatten(language.lines("others-verbs"), words));
        pluralSigns = Set.copyOf(flatten(language.lines("plural-signs"), words));
        questionOpenings = Set.copyOf(flatten(language.lines("question-openings"), words));
        causingVerbs = Set.copyOf(flatten(language.lines("causing-verbs"), words));
        countedNouns = Set.copyOf(flatten(language.lines("counted-nouns"), words));
        startedVerbs = Set.copyOf(flatten(language.lines("started-verbs"), words));
        thingPronouns = Set.copyOf(flatten(language.lines("thing-pronouns"), words));
        speakerInSign = new Phrases(language.lines("speaker-in-sign"), words);
        timesAfterArticle = Set.copyOf(flatten(language.lines("times-after-article"), words));
        tellingVerbs = Set.copyOf(flatten(language.lines("telling-verbs"), words));
        tellingBefore = Set.copyOf(flatten(language.lines("telling-before"), words));
        feelingsGiven = Set.copyOf(flatten(language.lines("feelings-given"), words));
        presentVerbs = Set.copyOf(flatten(language.lines("present-verbs"), words));
        pastVerbs = Set.copyOf(flatten(language.lines("past-verbs"), words));
        worryVerbs = Set.copyOf(flatten(language.lines("worry-verbs"), words));
        reportingVerbs = Set.copyOf(flatten(language.lines("reporting-verbs"), words));
        articles = Set.copyOf(flatten(language.lines("articles"), words));
        objectsAfterPrepositions = Set.copyOf(flatten(language.lines("speaker-as-object"), words));
        prepositions = Set.copyOf(flatten(language.lines("prepositions"), words));
        companions = Set.copyOf(flatten(language.lines("companions"), words));
        relativeJoins = Set.copyOf(flatten(language.lines("relative-joins"), words));
        pretend = new Phrases(language.lines("pretend"), words);
        watching = Set.copyOf(flatten(language.lines("watching"), words));
        storyJoins = Set.copyOf(flatten(language.lines("story-joins"), words));
        screenAbsorbs = new Phrases(language.lines("screen-absorbs"), words);
        asIf = Set.copyOf(flatten(language.lines("as-if"), words));
        presentStates = Set.copyOf(flatten(language.lines("present-states"), words));
        negations = Set.copyOf(flatten(language.lines("negations"), words));
        negationFillers = Set.copyOf(flatten(language.lines("negation-fillers"), words));
        negationModals = Set.copyOf(flatten(language.lines("negation-modals"), words));
        negationLists = Set.copyOf(flatten(language.lines("negation-lists"), words));
    }

    /** A sign's descriptions found in a sentence, as written and, where signs are read stemmed, stemmed. */
    private List<Phrases.Hit> hitsOf(String id, Phrases asSaid, List<String> sentence, List<String> stemmed) {
        List<Phrases.Hit> hits = asSaid.find(sentence);
        Phrases byStem = stemmedSigns.get(id);
        if (byStem == null) {
            return hits;
        }
        List<Phrases.Hit> all = new ArrayList<>(hits);
        all.addAll(byStem.find(stemmed));
        return all;
    }

    /** A sentence's words as stemmed signs are read: stemmed, but for the words read as written. */
    private List<String> stemmed(List<String> sentence) {
        return stem == null ? sentence : sentence.stream().map(this::stemmed).toList();
    }

    /**
     * A sentence's word as stemmed signs are read: a word read as written, and a bare infinitive ("se le puede
     * hinchar"), stay as said; a description's words are all stemmed, so its infinitive meets every form said.
     */
    private String stemmed(String word) {
        return asWritten.contains(word) || endingsAsWritten.stream().anyMatch(word::endsWith) ? word : stem.apply(word);
    }

    private static List<String> flatten(List<String> lines, Function<String, List<String>> words) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.addAll(words.apply(line)));
        return out;
    }

    /**
     * The sign happening now that the sentence describes, if it describes one. A sign said of the patient is one
     * ("she fainted", "my son has a fever, what do I do") unless it is conditional ("if she gets a fever") or an
     * infinitive ("normal for him to have a fever"); one said of the caregiver is one only when plain and physical
     * ("I have a fever" from a young adult patient; not "I'm so confused" or "I passed out, I was so tired"; confusion
     * or pain only from a speaker who says they are the patient); one said
     * of no one is one ("bleeding won't stop") unless the sentence asks about the sign in general.
     */
    Optional<String> signIn(List<String> sentence) {
        return signIn(sentence, false);
    }

    /**
     * As {@link #signIn(List)}, in a conversation when {@code followingUp}: there a sign said of no one and pointed
     * back at ("and that fever, does it go away on its own?", "¿y esa fiebre se le quita sola?") is the one the answer
     * just spoke of, not one happening now, unless now is said.
     */
    Optional<String> signIn(List<String> sentence, boolean followingUp) {
        List<String> stemmed = stemmed(sentence);
        if (!anySign.anyIn(sentence) && !anyStemmedSign.anyIn(stemmed)) {
            // Most questions say no sign at all: nothing else needs reading.
            return Optional.empty();
        }
        Map<String, List<Phrases.Hit>> found = new LinkedHashMap<>();
        for (Map.Entry<String, Phrases> sign : signs.entrySet()) {
            List<Phrases.Hit> hits = hitsOf(sign.getKey(), sign.getValue(), sentence, stemmed);
            if (!hits.isEmpty()) {
                found.put(sign.getKey(), hits);
            }
        }
        List<Phrases.Hit> excluded = notDenied(sentence, notSignsIn(sentence), found);
        List<Phrases.Hit> notNowHits = notNow.find(sentence);
        // "He's fine now", "it's gone now": a now that says the sign is over is not one happening now.
        List<Phrases.Hit> overHits = over.find(sentence);
        List<Phrases.Hit> nowHits = now.find(sentence).stream()
                .filter(h -> !covered(h, notNowHits) && !within(h, overHits))
                .toList();
        boolean happeningNow = !nowHits.isEmpty();
        boolean figurativeOfCaregiver = figurative.anyIn(sentence) || figurativeAny.anyIn(sentence);
        List<Phrases.Hit> figurativeHits = figurativeAny.find(sentence);
        boolean past = pastMarkers.anyIn(sentence);
        // "Quiero saber si la calentura que tiene ahorita es por el blinatumomab": an "if" that asks whether, of
        // something said to be happening now, is no condition.
        List<Phrases.Hit> pastTimes = pastTimeClauses.find(sentence);
        List<Phrases.Hit> conditionalHits = conditionals.find(sentence).stream()
                .filter(c -> !(happeningNow && c.start() > 0 && whetherVerbs.contains(sentence.get(c.start() - 1))))
                .filter(c -> pastTimes.stream().noneMatch(t -> t.start() == c.start()))
                // "Como si estuviera aquí": "as if" supposes nothing of the sign after it.
                .filter(c -> c.start() == 0 || !asIf.contains(sentence.get(c.start() - 1)))
                // "Should I worry that her headache started an hour ago": asks whether what it tells is worrying.
                .filter(c -> !asksWhetherToWorry(sentence, c))
                .toList();
        // "What would it mean if his lips turned blue, he's fine right now": a now that says all is well is not the
        // sign's.
        List<Phrases.Hit> presentInCondition = nowInCondition.find(sentence).stream()
                .filter(h -> !covered(h, notNowHits))
                .toList();
        // "She's breathing hard and hasn't caught her breath": an end that is denied ends nothing; "tiene 39 y ya se
        // le quitó el moretón": an end with what ended named after it ends that, not the sign.
        List<Phrases.Hit> endedHits = endsIn(sentence, ended);
        Map<String, List<Phrases.Hit>> endedOnlyHits = new HashMap<>();
        endedOnly.forEach((sign, phrases) -> endedOnlyHits.put(sign, endsIn(sentence, phrases)));
        // "Y ya no le ha vuelto a salir nada": a start again that is denied starts nothing.
        List<Phrases.Hit> againHits = startedAgain.find(sentence).stream()
                .filter(a -> !denied(sentence, a.start(), List.of()))
                .toList();
        List<Phrases.Hit> elsewhereHits = patientElsewhere.find(sentence);
        List<Phrases.Hit> protectHits = elsewhereHits.isEmpty() ? List.of() : protectPatient.find(sentence);
        List<Phrases.Hit> notThePatientHits = notThePatient.find(sentence);
        List<Phrases.Hit> notThePatientBeforeHits = notThePatientBefore.find(sentence);
        List<Phrases.Hit> pretendHits = pretend.find(sentence);
        List<Phrases.Hit> beyondCauseHits = beyondCauses.find(sentence);
        List<Phrases.Hit> absorbedHits = screenAbsorbs.find(sentence);
        // "Me dice que es el peor dolor de cabeza de su vida": what she says it is, not "qué es".
        // "Me da mucho miedo, no puede respirar bien": what gives a feeling, not what causes a sign ("¿da fiebre?").
        List<Phrases.Hit> before = hypotheticalBefore.find(sentence).stream()
                .filter(h -> h.start() == 0 || !reportingVerbs.contains(sentence.get(h.start() - 1)))
                .filter(h -> !givesAFeeling(sentence, h))
                .toList();
        // "Tiene los labios morados, no se ve nada bien": what asks how it looks, denied, tells that it looks bad.
        // "A gurgling sound from her room": where it is heard from, not what it comes from.
        List<Phrases.Hit> heardFromHits = heardFrom.find(sentence);
        List<Phrases.Hit> after = hypotheticalAfter.find(sentence).stream()
                .filter(h -> h.start() == 0 || !negations.contains(sentence.get(h.start() - 1)))
                .filter(h -> heardFromHits.stream().noneMatch(place -> place.start() == h.start()))
                .toList();
        List<Phrases.Hit> childrenHits = happeningNow ? List.of() : childrenInGeneral.find(sentence);
        boolean history = longAgo.anyIn(sentence) && !happeningNow;
        // "Yo no soy el paciente": denied, it says the opposite.
        boolean speakerIsThePatient = speakerIsPatient.find(sentence).stream()
                .anyMatch(h -> h.start() == 0 || !negations.contains(sentence.get(h.start() - 1)));
        boolean speakerIsAnother = !speakerIsThePatient && speakerIsNotPatient.anyIn(sentence);
        List<Phrases.Hit> gone = new ArrayList<>(weeksAgo.find(sentence));
        if (!overHits.isEmpty()) {
            gone.addAll(recentPast.find(sentence));
        }
        // "She had a seizure last year during a bad fever, and now I keep wondering": a long time ago said by the
        // sign, in its own stretch of the sentence, is its time, whatever is now elsewhere.
        List<Phrases.Hit> longAgoHits = history ? List.of() : longAgo.find(sentence);
        // "She felt hot but the thermometer says 98": what the not-signs take back is no sign said after another.
        List<Phrases.Hit> allHits = found.values().stream()
                .flatMap(List::stream)
                .filter(h -> !covered(h, excluded))
                .toList();
        // "Her lips are blue and it's not from the popsicle": a cause denied explains nothing away.
        List<Phrases.Hit> causesTold = pretendHits.stream()
                .filter(p -> !causeDenied(sentence, p, allHits))
                .toList();
        Map<String, List<Phrases.Hit>> causesToldOnly = new HashMap<>();
        pretendOnly.forEach((sign, phrases) -> causesToldOnly.put(
                sign,
                phrases.find(sentence).stream()
                        .filter(p -> !causeDenied(sentence, p, allHits))
                        .toList()));
        // A figure inside a sign's own words is the sign's ("respira como si hubiera corrido una carrera").
        List<Phrases.Hit> figuresOutsideSigns =
                figurativeHits.stream().filter(f -> !within(f, allHits)).toList();
        for (Map.Entry<String, List<Phrases.Hit>> sign : found.entrySet()) {
            List<Phrases.Hit> causes = causesOf(sign.getKey(), causesTold, causesToldOnly);
            for (Phrases.Hit hit : sign.getValue()) {
                if ((covered(hit, excluded) && !againAfter(hit, excluded, againHits, nowHits))
                        || denied(sentence, hit.start(), allHits)) {
                    continue;
                }
                int subjectAt = subjectAt(sentence, hit.start());
                Subject subject = subjectOf(sentence, hit, subjectAt);
                // "Yo soy la que tiene calentura y escalofríos": a sign joined right after another is the same one's.
                Phrases.Hit joinedTo = subject == Subject.UNSAID ? joinedTo(sentence, hit, allHits) : null;
                if (joinedTo != null) {
                    subject = subjectOf(sentence, joinedTo, subjectAt(sentence, joinedTo.start()));
                }
                // "Mi otra hija tiene gripa, pero la que me preocupa es Camila, tiene escalofríos": what is said after
                // a "but" is no longer of the other child.
                boolean aboutChildrenInGeneral = childrenHits.stream()
                        .anyMatch(c -> c.end() > hit.start()
                                || sentence.subList(c.end(), hit.start()).stream()
                                        .noneMatch(contrasts::contains));
                // "What should I do if she gets confused or her speech is slurred": a sign listed after a conditional
                // one is conditional too.
                // "If my wife can't remember my name right now, is that the CAR T thing": an "if" of a sign said to be
                // happening at this moment asks whether it is what it seems, it supposes nothing.
                boolean conditional = (conditional(sentence, hit, subjectAt, conditionalHits)
                                && !presentAtTheSign(sentence, hit, presentInCondition)
                                && !worriedWhetherNow(sentence, hit, conditionalHits))
                        || allHits.stream()
                                .anyMatch(listed -> listed.end() <= hit.start()
                                        && hit.start() - listed.end() <= LOOK_BEFORE
                                        && sentence.subList(listed.end(), hit.start()).stream()
                                                .anyMatch(negationLists::contains)
                                        // "No sé si es la fiebre o qué, pero mi hijo está diciendo cosas sin
                                        // sentido": "but" ends the list.
                                        && sentence.subList(listed.end(), hit.start()).stream()
                                                .noneMatch(w -> clauseBreaks.contains(w) && !negationLists.contains(w))
                                        && conditional(
                                                sentence,
                                                listed,
                                                subjectAt(sentence, listed.start()),
                                                conditionalHits));
                boolean infinitive = subjectAt >= 0
                        && sentence.subList(subjectAt, hit.start()).contains("to");
                // "Y el termómetro dice ciento dos": a reading is of now, whatever asks in general before it.
                boolean general = !instruments.contains(sentence.get(hit.start()))
                        && (before.stream()
                                        .anyMatch(h -> h.end() <= hit.start()
                                                && hit.start() - h.end() <= LOOK_BEFORE
                                                && (subjectAt < 0 || h.end() > subjectAt))
                                || after.stream()
                                        .anyMatch(h -> h.start() >= hit.end() && h.start() - hit.end() <= LOOK_AFTER));
                boolean causeAsked = causeAsked(sentence, hit);
                boolean mayBecome = subjectAt >= 0
                        && before.stream().anyMatch(h -> h.end() == hit.start() && h.start() > subjectAt);
                // "She was diagnosed two years ago and has a fever": a sign said in the present is now, whenever
                // else the sentence goes back to.
                boolean longPast = history && tenseOf(sentence, hit) != Tense.PRESENT;
                // "My son's nosebleed this morning stopped after ten minutes": ended, said right by the sign.
                // "Last month she had a nosebleed that wouldn't stop": what the relative clause says of a sign is as
                // gone as the sign.
                Phrases.Hit told = toldOf(sentence, hit, allHits);
                List<Phrases.Hit> ends = endedOnlyHits.containsKey(sign.getKey())
                        ? concat(endedHits, endedOnlyHits.get(sign.getKey()))
                        : endedHits;
                boolean then = saidAsGone(sentence, hit, gone, nowHits)
                        || saidAsGone(sentence, hit, longAgoHits, nowHits)
                        || endedByTheSign(hit, ends, againHits, allHits)
                        || (OVER_ONCE_ENDED.contains(sign.getKey())
                                && tenseOf(sentence, hit) != Tense.PRESENT
                                && endedLater(hit, ends, againHits, allHits))
                        || (told != null
                                && (saidAsGone(sentence, told, gone, nowHits)
                                        || saidAsGone(sentence, told, longAgoHits, nowHits)));
                boolean emergency = switch (subject) {
                    // "Is it normal for her to throw up blood after chemo, because she just did": an infinitive asks
                    // in general unless now is said.
                    // "Después del CAR T mi esposo puede ponerse confundido": what may happen, said right before the
                    // sign, after the patient.
                    case PATIENT ->
                        !conditional
                                && !(infinitive && !happeningNow)
                                && !aboutChildrenInGeneral
                                && !longPast
                                && !then
                                && !(mayBecome && !happeningNow)
                                && !(causeAsked && !happeningNow);
                    case CAREGIVER ->
                        !conditional
                                && !infinitive
                                && (speakerIsThePatient || !figurativeOfCaregiver)
                                // "Tengo escalofríos y ayer me pusieron el car t": a patient's past is their
                                // treatment's, read by the sign as the patient's is, not sentence-wide.
                                && (speakerIsThePatient || !past)
                                // "I'm the one with a fever, can I still be around my husband": the caregiver's own.
                                && !speakerIsAnother
                                && !longPast
                                && !then
                                && (speakerIsThePatient
                                        || !firstPersonFeelings.contains(sign.getKey())
                                        || firstPersonPhysical.contains(hit.phrase()))
                                && !(general && !happeningNow);
                    case OTHER -> false;
                    case UNSAID ->
                        !conditional
                                && !(followingUp
                                        && (hit.start() > 0 && pointingBack.contains(sentence.get(hit.start() - 1))
                                                || askedAlone(sentence, hit))
                                        && !happeningNow)
                                && !near(hit, figuresBeside(sentence, hit, figuresOutsideSigns))
                                && !longPast
                                && !then
                                && !aboutChildrenInGeneral
                                && !(general && !happeningNow)
                                && !(causeAsked && !happeningNow);
                };
                // "My brother's burning up with the flu, should he stay away from dad while dad's on chemo": the
                // patient is named after the sign as someone else, to be kept from it.
                // "He had a dream last night that he couldn't breathe", "jugando a que se desmayaba", "arrastrando las
                // palabras para imitar al abuelo", "respira rápido porque estuvo corriendo": a sign in a dream, a story
                // on a screen or a game, or with a harmless cause right after it, is not happening.
                if (emergency
                        // "She can't breathe, she had a popsicle earlier": no cause told after it explains that
                        // away, unless a game or a story was told before it ("playing a zombie game … yelling I can't
                        // breathe, they're everywhere").
                        && !pretended(
                                hit,
                                causes.stream()
                                        .filter(p -> !watchedWhile(sentence, p, hit, allHits, absorbedHits))
                                        .toList(),
                                nowHits,
                                allHits,
                                !overlaps(hit, beyondCauseHits)
                                        || causes.stream().anyMatch(p -> p.end() <= hit.start()))
                        && !ofSomeoneElse(
                                sentence,
                                hit,
                                elsewhereHits,
                                protectHits,
                                notThePatientHits,
                                notThePatientBeforeHits)) {
                    return Optional.of(sign.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A sign the sentence speaks of for the patient, or for no one, whether or not it is happening now: "if she gets
     * a fever", "when he has a fever on chemo", "a nosebleed that won't stop". Not a caregiver's own ("I'm so
     * confused"), not figurative, not a medical word that merely contains a sign's word.
     */
    Optional<String> signSpokenOf(List<String> sentence) {
        if (figurativeAny.anyIn(sentence)) {
            return Optional.empty();
        }
        List<Phrases.Hit> excluded = notSignsIn(sentence);
        List<String> stemmed = stemmed(sentence);
        for (Map.Entry<String, Phrases> sign : signs.entrySet()) {
            for (Phrases.Hit hit : hitsOf(sign.getKey(), sign.getValue(), sentence, stemmed)) {
                if (covered(hit, excluded)) {
                    continue;
                }
                // Not the caregiver's own, nor a sibling's or a pet's: "my dog is having a seizure" is no question
                // about the patient's signs.
                Subject subject = subjectOf(sentence, hit, subjectAt(sentence, hit.start()));
                if (subject != Subject.CAREGIVER && subject != Subject.OTHER) {
                    return Optional.of(sign.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sign is said alone, in the plural, at most after the word a carrier put back: "what about fevers" after
     * an answer asks about fevers, it tells of none.
     */
    private boolean askedAlone(List<String> sentence, Phrases.Hit hit) {
        return hit.end() == sentence.size()
                && hit.start() <= 1
                && hit.end() - hit.start() == 1
                && pluralSigns.contains(sentence.get(hit.start()));
    }

    /**
     * Whether a question asks what something causes: it opens as a question, and the sign, one word in the plural,
     * comes within a few words after a verb of causing ("why does blinatumomab give kids fevers", "¿pueden las car t
     * dar convulsiones?"). A fever happening has no plural ("can you give him something, he has a fever of 103").
     */
    private boolean causeAsked(List<String> sentence, Phrases.Hit hit) {
        return questionOpenings.contains(sentence.get(0))
                && hit.end() - hit.start() == 1
                && pluralSigns.contains(sentence.get(hit.start()))
                && IntStream.range(Math.max(0, hit.start() - CAUSE_WORDS), hit.start())
                        .anyMatch(i -> causingVerbs.contains(sentence.get(i)));
    }

    /** The sign said right before this one with only a join between ("calentura y escalofríos"), or null. */
    private Phrases.Hit joinedTo(List<String> sentence, Phrases.Hit hit, List<Phrases.Hit> allHits) {
        return allHits.stream()
                .filter(h -> h.end() == hit.start() - 1 && joins.contains(sentence.get(h.end())))
                .findFirst()
                .orElse(null);
    }

    /**
     * What is said but no sign: the language's [not-signs], and a number that counts something other than degrees with
     * the word before it ("she has 39 chromosomes", "las células tienen cuarenta y un cromosomas"), so neither reads as
     * a temperature.
     */
    private List<Phrases.Hit> notSignsIn(List<String> sentence) {
        List<Phrases.Hit> found = new ArrayList<>(notSigns.find(sentence));
        for (int at = 0; at < sentence.size(); at++) {
            if (!number(sentence.get(at))) {
                continue;
            }
            int noun = at + 1;
            while (noun < sentence.size()
                    && noun - at <= COUNT_JOIN_WORDS
                    && (joins.contains(sentence.get(noun)) || articles.contains(sentence.get(noun)))) {
                noun++;
            }
            if (noun < sentence.size() && countedNouns.contains(sentence.get(noun))) {
                found.add(new Phrases.Hit("count", Math.max(0, at - 1), noun + 1));
            }
        }
        return found;
    }

    /**
     * The ends said: not one denied, nor one with what ended named after it ("se le quitó el moretón"); a time named
     * after it is when it ended ("la fiebre se le quitó el martes").
     */
    private List<Phrases.Hit> endsIn(List<String> sentence, Phrases phrases) {
        return phrases.find(sentence).stream()
                .filter(e -> !denied(sentence, e.start(), List.of()))
                .filter(e -> e.end() == sentence.size()
                        || !articles.contains(sentence.get(e.end()))
                        || (e.end() + 1 < sentence.size() && timesAfterArticle.contains(sentence.get(e.end() + 1))))
                .toList();
    }

    /**
     * Whether the word at a place breaks the clause a sign is in: a clause break, unless an intensifier right before the
     * sign, which modifies it ("he was so confused", "has me so confused").
     */
    private boolean breaksTheClause(List<String> sentence, int at, int signStart) {
        String word = sentence.get(at);
        return clauseBreaks.contains(word) && !(at == signStart - 1 && intensifiers.contains(word));
    }

    /** Whether a verb of starting comes within {@link #STARTED_WORDS} words before a phrase or in it. */
    private boolean startedBy(List<String> sentence, Phrases.Hit phrase) {
        return IntStream.range(Math.max(0, phrase.start() - STARTED_WORDS), phrase.end())
                .anyMatch(i -> startedVerbs.contains(sentence.get(i)));
    }

    /**
     * The not-signs that stand: all but one a sign listed with its own negation denies by holding it whole ("no se le
     * paró la sangre" is bleeding that will not stop, not the stop the not-signs read in "se le paró la sangre"). A
     * negation before a not-sign alone denies nothing: "can't remember the name" and "no despierta de la anestesia"
     * still read as their not-signs.
     */
    private List<Phrases.Hit> notDenied(
            List<String> sentence, List<Phrases.Hit> notSigns, Map<String, List<Phrases.Hit>> found) {
        return notSigns.stream()
                .filter(n -> found.values().stream()
                        .flatMap(List::stream)
                        .noneMatch(h -> negations.contains(sentence.get(h.start()))
                                && h.start() < n.start()
                                && h.end() >= n.end()))
                .toList();
    }

    private static List<Phrases.Hit> concat(List<Phrases.Hit> first, List<Phrases.Hit> second) {
        List<Phrases.Hit> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /**
     * Whether a sign is denied: a negation before it, reached through at most two fillers ("she's not bleeding", "he
     * hasn't had a fever", "no tiene fiebre") or through another sign denied with it ("not confused or drowsy"). Not
     * a negation that is part of the sign ("she can't breathe", listed whole, or "can't" right before a sign's word).
     * A sign listed with its own negation ("not breathing", "no respira") starts at the negation and is never denied.
     */
    private boolean denied(List<String> sentence, int signStart, List<Phrases.Hit> allHits) {
        int fillers = 0;
        int i = signStart - 1;
        while (i >= 0) {
            String word = sentence.get(i);
            if (negations.contains(word)) {
                return fillers > 0 || i == 0 || !negationModals.contains(sentence.get(i - 1));
            }
            if (negationFillers.contains(word) && fillers < 2) {
                fillers++;
                i--;
                continue;
            }
            if (negationLists.contains(word)) {
                int listed = i;
                Optional<Phrases.Hit> before =
                        allHits.stream().filter(h -> h.end() == listed).findFirst();
                return before.isPresent() && denied(sentence, before.get().start(), allHits);
            }
            return false;
        }
        return false;
    }

    /**
     * Whether a sign is told of a dream, a screen or a game, or given a harmless cause: a word of one within {@link
     * #PRETEND_BEFORE} words before the sign with no word of now between them ("we watched a movie and now she can't
     * breathe" is now), or within {@link #PRETEND_AFTER} after it ("tiembla y se sacude toda pero es de la risa").
     */
    private static boolean pretended(
            Phrases.Hit hit,
            List<Phrases.Hit> pretendHits,
            List<Phrases.Hit> nowHits,
            List<Phrases.Hit> allHits,
            boolean causeAfterCounts) {
        // A now inside a sign's own words ("the guy keeps bleeding out") is the story's, not the patient's.
        return pretendHits.stream()
                .anyMatch(p -> (p.end() <= hit.start()
                                && hit.start() - p.end() <= PRETEND_BEFORE
                                && nowHits.stream()
                                        .noneMatch(n ->
                                                n.start() >= p.end() && n.start() < hit.start() && !within(n, allHits)))
                        || (causeAfterCounts && p.start() >= hit.end() && p.start() - hit.end() <= PRETEND_AFTER));
    }

    /**
     * Whether a negation comes just before a cause ("no es de la paleta", "she didn't have a popsicle"), not one of a
     * sign's own words ("yelling I can't breathe, they're everywhere").
     */
    private boolean causeDenied(List<String> sentence, Phrases.Hit cause, List<Phrases.Hit> signs) {
        return IntStream.range(Math.max(0, cause.start() - DENIED_CAUSE_WORDS), cause.start())
                .filter(i -> negations.contains(sentence.get(i)))
                .anyMatch(i -> signs.stream().noneMatch(h -> h.start() <= i && i < h.end()));
    }

    /**
     * Whether a screen is what the patient was watching when the sign came, a word or two after "watching": "se desmayó
     * en la sala viendo la tele", "he was watching tv and he fainted". Not a "watching" inside a sign's own words ("se
     * queda mirando fijo la tele"), not a sign a screen does explain ("staring into space watching cocomelon"), nor a
     * sign told after it as the story's ("watching a movie where a girl can't breathe", "viendo la novela y la
     * muchacha se puso morada").
     */
    private boolean watchedWhile(
            List<String> sentence,
            Phrases.Hit cause,
            Phrases.Hit sign,
            List<Phrases.Hit> allHits,
            List<Phrases.Hit> absorbedHits) {
        return IntStream.range(Math.max(0, cause.start() - WATCHED_WORDS), cause.start())
                        .anyMatch(i -> watching.contains(sentence.get(i))
                                && allHits.stream().noneMatch(h -> h.start() <= i && i < h.end()))
                && !overlaps(sign, absorbedHits)
                && IntStream.range(cause.end(), signsOwnArticle(sentence, sign))
                        .noneMatch(i -> storyJoins.contains(sentence.get(i)));
    }

    /**
     * Where a sign starts with the article right before it, which is the sign's own ("se quejó de un dolor de cabeza
     * horrible") and joins no story to it.
     */
    private int signsOwnArticle(List<String> sentence, Phrases.Hit sign) {
        return sign.start() > 0 && articles.contains(sentence.get(sign.start() - 1)) ? sign.start() - 1 : sign.start();
    }

    /** Whether a sign's words share a word with one of these hits. */
    private static boolean overlaps(Phrases.Hit hit, List<Phrases.Hit> hits) {
        return hits.stream().anyMatch(h -> h.start() < hit.end() && hit.start() < h.end());
    }

    /** The sign a hit says more of in a relative clause right after it ("a nosebleed that wouldn't stop"), if any. */
    private Phrases.Hit toldOf(List<String> sentence, Phrases.Hit hit, List<Phrases.Hit> allHits) {
        for (Phrases.Hit before : allHits) {
            if (before.end() < hit.start()
                    && hit.start() - before.end() <= 1
                    && relativeJoins.contains(sentence.get(before.end()))) {
                return before;
            }
        }
        return null;
    }

    /**
     * Whether a time already gone is said by this sign, in its own stretch of the sentence (no clause break and no
     * "and" between them, at most {@link #PAST_WINDOW} words apart), with no "since" before it and no now between,
     * and the sign is not said in the present ("last week she got CAR T, she has a fever"). A time said after the
     * sign counts only when the sign is said in the past ("she had a nosebleed last week"), since it may belong to
     * something else ("no me reconoce, le pusieron el car t la semana pasada").
     */
    private boolean saidAsGone(
            List<String> sentence, Phrases.Hit hit, List<Phrases.Hit> gone, List<Phrases.Hit> nowHits) {
        Tense tense = tenseOf(sentence, hit);
        if (tense == Tense.PRESENT) {
            return false;
        }
        for (Phrases.Hit time : gone) {
            if (sentence.subList(Math.max(0, time.start() - 2), time.start()).stream()
                    .anyMatch(ongoing::contains)) {
                continue;
            }
            // "Hace una semana le empezó la fiebre", "two weeks ago he started getting fevers": when it began, not
            // when it was had; it may go on now. Only a verb by the sign or its time: "hace dos años cuando empezó
            // todo tuvo una convulsión por la fiebre" dates the whole story, not the fever.
            if (startedBy(sentence, hit) || startedBy(sentence, time)) {
                continue;
            }
            boolean after = time.start() >= hit.end();
            // "Her fever last week turned out to be a line infection": a sign named with no verb, its time right after
            // it, is as past as one said in the past.
            boolean namedWithItsTime = tense == Tense.UNSAID && time.start() == hit.end();
            if (after && tense != Tense.PAST && !namedWithItsTime) {
                continue;
            }
            int from = after ? hit.end() : time.end();
            int to = after ? time.start() : hit.start();
            // After a sign said in the past, "and" may only list what was had ("she had a fever and some bruises last
            // month"); it ends the stretch when a verb in the present follows it ("...and is bleeding").
            List<String> between = from > to ? List.of() : sentence.subList(from, to);
            boolean listed = after && between.stream().noneMatch(presentVerbs::contains);
            if (from > to
                    || to - from > PAST_WINDOW
                    || between.stream().anyMatch(w -> clauseBreaks.contains(w) || (joins.contains(w) && !listed))) {
                continue;
            }
            int first = Math.min(hit.start(), time.start());
            int last = Math.max(hit.end(), time.end());
            // A now said with the sign's own words counts too ("my husband just fainted … he had CAR T two weeks ago").
            if (nowHits.stream().noneMatch(n -> n.end() > first && n.start() < last)) {
                return true;
            }
        }
        return false;
    }

    /** The tense a sign is said in: its own words, or the nearest verb before it in its stretch of the sentence. */
    private Tense tenseOf(List<String> sentence, Phrases.Hit hit) {
        List<String> own = sentence.subList(hit.start(), hit.end());
        if (own.stream().anyMatch(pastVerbs::contains)) {
            return Tense.PAST;
        }
        for (int i = hit.start() - 1; i >= Math.max(0, hit.start() - SUBJECT_WINDOW); i--) {
            String word = sentence.get(i);
            if (presentVerbs.contains(word)) {
                return Tense.PRESENT;
            }
            if (pastVerbs.contains(word)) {
                return Tense.PAST;
            }
            if (breaksTheClause(sentence, i, hit.start()) || joins.contains(word)) {
                break;
            }
        }
        if (own.stream().anyMatch(presentVerbs::contains)) {
            return Tense.PRESENT;
        }
        // The sign named first, then its verb: "the seizure she had", "la convulsión que tuvo", "el sangrado de nariz
        // que tuvo en la mañana" (a word or two of the sign's place before the relative clause).
        for (int i = hit.end(); i < Math.min(sentence.size(), hit.end() + 2); i++) {
            if (pastVerbs.contains(sentence.get(i))) {
                return Tense.PAST;
            }
        }
        for (int i = hit.end(); i + 1 < Math.min(sentence.size(), hit.end() + SIGN_PLACE_WORDS + 2); i++) {
            if (relativePronouns.contains(sentence.get(i)) && pastVerbs.contains(sentence.get(i + 1))) {
                return Tense.PAST;
            }
            if (clauseBreaks.contains(sentence.get(i)) || joins.contains(sentence.get(i))) {
                break;
            }
        }
        return Tense.UNSAID;
    }

    private enum Tense {
        PRESENT,
        PAST,
        UNSAID
    }

    /** Whether a pet is named as the owner of a thing, after "of" ("el plato del perro", "de la perrita"). */
    private boolean ownedThing(List<String> sentence, int petAt) {
        int before = petAt - 1;
        if (before >= 0 && articles.contains(sentence.get(before))) {
            before--;
        }
        return before >= 1 && ownerJoins.contains(sentence.get(before));
    }

    /**
     * Whether a person named is a pet's owner: the pet right after ("my son's dog") or before "of" ("el perro de mi
     * hijo"), but not when the pet acts on them ("el perro de mi hijo lo mordió y está sangrando" is the patient's).
     */
    private boolean ownersPet(List<String> sentence, int personAt) {
        if (personAt + 1 < sentence.size() && animals.contains(sentence.get(personAt + 1))) {
            return true;
        }
        int start = subjectStart(sentence, personAt);
        return start >= 2
                && ownerJoins.contains(sentence.get(start - 1))
                && animals.contains(sentence.get(start - 2))
                && !(personAt + 1 < sentence.size() && petActsOn.contains(sentence.get(personAt + 1)));
    }

    /** Whose sign a hit is: the patient's when the sign or its subject names them, no one's with no subject. */
    private Subject subjectOf(List<String> sentence, Phrases.Hit hit, int subjectAt) {
        if (sentence.subList(hit.start(), hit.end()).stream().anyMatch(patientWords::contains)) {
            return Subject.PATIENT;
        }
        // "My dog cut his paw on the fence and he's bleeding all over the floor", "el perro se cortó la pata y está
        // sangrando": a pet that opens the clause before is who the he, she or unsaid subject is.
        if (petBefore(sentence, subjectAt < 0 ? hit.start() : subjectAt, subjectAt)) {
            return Subject.OTHER;
        }
        // "My daughter's cat cut his paw and he's bleeding", "la gata de mi hija se cortó la pata y está sangrando":
        // the patient named as the pet's owner; the pet is whose sign it is.
        if (subjectAt >= 0 && ownersPet(sentence, subjectAt)) {
            return Subject.OTHER;
        }
        // "My other kid scraped his knee on the driveway and it's bleeding": what "it" stands for is another's; "el
        // hermano se cortó el dedo y está sangrando": so is the unsaid subject of a clause's verb.
        if (subjectAt < 0
                && IntStream.rangeClosed(Math.max(0, hit.start() - 2), hit.start())
                        .anyMatch(at -> ownedByTheOneBefore(sentence, at))) {
            return Subject.OTHER;
        }
        if (subjectAt < 0) {
            // "Ya no puedo respirar de tanta angustia, me falta el aire": the sign's own "me" says it is the speaker's.
            return speakerInSign.find(sentence).stream().anyMatch(s -> s.start() >= hit.start() && s.end() <= hit.end())
                    ? Subject.CAREGIVER
                    : Subject.UNSAID;
        }
        if (otherOfThePatient(sentence, subjectAt)) {
            return Subject.OTHER;
        }
        // "Mi hermanito tiene un dolor de cabeza horrible y ya vomitó": the speaker's own brother or sister, who may be
        // the patient, is not the speaker, at least in the present ("a mi hermano le dieron convulsiones" is a memory).
        if (otherPeople.contains(sentence.get(subjectAt)) && tenseOf(sentence, hit) == Tense.PRESENT) {
            return Subject.UNSAID;
        }
        // "Mi hijo me está diciendo cosas sin sentido": the caregiver told, the patient telling.
        if (objectPronouns.contains(sentence.get(subjectAt))
                && subjectAt > 0
                && patientWords.contains(sentence.get(subjectAt - 1))) {
            return Subject.PATIENT;
        }
        if (patientWords.contains(sentence.get(subjectAt))) {
            return anotherChild(sentence, subjectAt) || ownedByTheOneBefore(sentence, subjectAt)
                    ? Subject.OTHER
                    : Subject.PATIENT;
        }
        // "Ahorita me habla y no tiene sentido lo que dice": the caregiver spoken to by someone, who is the one.
        if (objectPronouns.contains(sentence.get(subjectAt))
                && subjectAt + 1 < hit.start()
                && tellingVerbs.contains(sentence.get(subjectAt + 1))) {
            return Subject.UNSAID;
        }
        // "Creo que está un poquito confundido" reaches the skill as "yo está…": the verb says it is someone else
        // ("me está doliendo el pecho" is still the speaker's). So does one between the speaker and the sign: "lo estoy
        // moviendo y no despierta bien, está como borracho".
        if (subjectAt + 1 < sentence.size()
                && !objectPronouns.contains(sentence.get(subjectAt))
                && IntStream.rangeClosed(subjectAt + 1, hit.start()).anyMatch(i -> othersVerb(sentence, i))) {
            return Subject.UNSAID;
        }
        // "Le estoy hablando y no le salen las palabras": the sign's own "le" says it is someone else's than the
        // speaker's, who is only the one talking to them.
        return sentence.subList(hit.start(), hit.end()).stream().anyMatch(othersInSign::contains)
                ? Subject.UNSAID
                : Subject.CAREGIVER;
    }

    /**
     * Whether a word is a verb said of someone else than the speaker ("yo está un poquito confundido", "tengo miedo,
     * tiene fiebre", "me habla" put back as "yo habla"), not in a clause of the speaker's own ("yo soy la que tiene
     * calentura").
     */
    private boolean othersVerb(List<String> sentence, int at) {
        return (othersVerbs.contains(sentence.get(at)) || tellingVerbs.contains(sentence.get(at)))
                && !(at >= 2
                        && relativePronouns.contains(sentence.get(at - 1))
                        && articles.contains(sentence.get(at - 2)));
    }

    /** Whether a hypothetical opening gives a feeling right after it ("me da mucho miedo"), asking about no sign. */
    private boolean givesAFeeling(List<String> sentence, Phrases.Hit opening) {
        return IntStream.rangeClosed(opening.end(), Math.min(opening.end() + 1, sentence.size() - 1))
                .anyMatch(i -> feelingsGiven.contains(sentence.get(i)));
    }

    /**
     * Whether a pet opening a clause ("my dog", "el perro" at the start or after "and") is the nearest one named before
     * a sign with no subject, or with only a pronoun ("he", not "my son"): no patient is named between them, but for
     * whose a pet's own part is ("his paw"), and no other clause opens between. "Playing with the dog, and now he's
     * bleeding" names no pet as a subject.
     */
    private boolean petBefore(List<String> sentence, int from, int subjectAt) {
        if (subjectAt >= 0 && !patientPronouns.contains(sentence.get(subjectAt))) {
            return false;
        }
        for (int i = from - 1; i >= Math.max(0, from - PET_WORDS); i--) {
            String word = sentence.get(i);
            if (animals.contains(word)) {
                // At the very start, after at most the word a carrier phrase put back ("el perro se cortó…" reaches
                // the skill without its article).
                // "My daughter's cat cut his paw and he's bleeding": after its owner, who opens the sentence.
                if (i <= 1
                        || (namedWithDeterminer(sentence, i)
                                && (joins.contains(sentence.get(i - 2)) || clauseBreaks.contains(sentence.get(i - 2))))
                        || (patientWords.contains(sentence.get(i - 1)) && subjectStart(sentence, i - 1) <= 1)) {
                    return true;
                }
                continue;
            }
            // "Our dog threw up earlier, but now Jake is passing out": another clause, another one; not a relative
            // clause of the pet's ("our dog threw up something that looks like coffee grounds").
            if (clauseBreaks.contains(word) && !relativePronouns.contains(word)) {
                return false;
            }
            boolean whosePart = i + 1 < sentence.size() && animals.contains(sentence.get(i + 1));
            if ((patientWords.contains(word) || caregiverWords.contains(word) || otherPeople.contains(word))
                    && !whosePart) {
                return false;
            }
        }
        return false;
    }

    /** Whether "the", "my" or the like comes right before this word ("my dog"). */
    private boolean namedWithDeterminer(List<String> sentence, int at) {
        return at > 0 && (articles.contains(sentence.get(at - 1)) || possessives.contains(sentence.get(at - 1)));
    }

    /**
     * Whether a word naming a child is said right after "other", or "other" and a number ("my other two kids"), and the
     * patient is not named with them ("my son and my other kid both have fevers").
     */
    private boolean anotherChild(List<String> sentence, int childAt) {
        int before = childAt - 1;
        if (before > 0 && number(sentence.get(before))) {
            before--;
        }
        return before >= 0
                && otherOnes.contains(sentence.get(before))
                && !patientNamedBefore(sentence, before - 1, childAt);
    }

    /**
     * Whether a possessive that opens a clause ("... and his knee is bleeding") is of the one the clause before is about,
     * when that one is someone other than the patient: "my other son fell off his bike and his knee is bleeding", "his
     * little sister scraped her knee and her knee is bleeding"; so is a pronoun for what was just named ("my other kid
     * scraped his knee on the driveway and it's bleeding"), and a verb said of someone else with no subject ("el hermano
     * se cortó el dedo y está sangrando"). Not when the patient or the caregiver is named between, nor after an animal
     * ("the dog bit her hand and her hand is bleeding": the dog acted on the patient's hand).
     */
    private boolean ownedByTheOneBefore(List<String> sentence, int openerAt) {
        String opener = sentence.get(openerAt);
        if (!(patientPossessives.contains(opener) || thingPronouns.contains(opener) || othersVerbs.contains(opener))
                || openerAt == 0
                || !(joins.contains(sentence.get(openerAt - 1)) || clauseBreaks.contains(sentence.get(openerAt - 1)))) {
            return false;
        }
        for (int i = openerAt - 2; i >= Math.max(0, openerAt - 1 - OWNER_WORDS); i--) {
            String word = sentence.get(i);
            // An animal before acts on the patient's ("the dog bit her hand and her hand is bleeding"); whose a pet's
            // own is, petBefore reads.
            if (animals.contains(word)) {
                return false;
            }
            if (otherOfThePatient(sentence, i)) {
                return true;
            }
            if (patientWords.contains(word) && !patientPossessives.contains(word)) {
                return anotherChild(sentence, i);
            }
            if (caregiverWords.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** The harmless causes told that may explain a sign: those of every sign, and those of this one only. */
    private static List<Phrases.Hit> causesOf(
            String sign, List<Phrases.Hit> causesTold, Map<String, List<Phrases.Hit>> causesToldOnly) {
        List<Phrases.Hit> own = causesToldOnly.getOrDefault(sign, List.of());
        return own.isEmpty() ? causesTold : concat(causesTold, own);
    }

    private enum Subject {
        PATIENT,
        CAREGIVER,
        /** Someone of the patient's: a sign of theirs is no emergency of the patient's. */
        OTHER,
        UNSAID
    }

    /**
     * Whether the subject at this place is someone of the patient's, not the speaker's own ("my sister", who may be the
     * patient), and no patient is named with them in the clause before ("she and her brother both have fevers").
     */
    private boolean otherOfThePatient(List<String> sentence, int subjectAt) {
        if (animals.contains(sentence.get(subjectAt))) {
            return true;
        }
        if (!otherPeople.contains(sentence.get(subjectAt))) {
            return false;
        }
        int before = subjectAt - 1;
        // Whose they are, a word or two before: the speaker's ("my sister", who may be the patient) or the patient's
        // ("her little brother").
        while (before >= 0 && subjectAt - before <= OTHER_PERSON_WORDS) {
            String word = sentence.get(before);
            if (possessives.contains(word)) {
                return false;
            }
            if (patientWords.contains(word)) {
                before--;
                break;
            }
            if (joins.contains(word) || clauseBreaks.contains(word)) {
                break;
            }
            before--;
        }
        return !patientNamedBefore(sentence, before, subjectAt);
    }

    /** Whether the patient is named in the clause before, from a place back ("she and her brother both have fevers"). */
    private boolean patientNamedBefore(List<String> sentence, int from, int subjectAt) {
        for (int i = from; i >= Math.max(0, subjectAt - SUBJECT_WINDOW); i--) {
            String word = sentence.get(i);
            if (patientWords.contains(word)) {
                return true;
            }
            if (clauseBreaks.contains(word)) {
                break;
            }
        }
        return false;
    }

    /**
     * Where the nearest patient or caregiver word before a sign is, in the sign's own clause ("she didn't explain why
     * a fever ..." is not said of her), or -1.
     */
    private int subjectAt(List<String> sentence, int signStart) {
        if (instruments.contains(sentence.get(signStart))) {
            return -1;
        }
        int joinedAt = -1;
        for (int i = signStart - 1; i >= Math.max(0, signStart - SUBJECT_WINDOW); i--) {
            String word = sentence.get(i);
            // "He looked right at me and asked who I am": the speaker after a preposition is not who has the sign ("it
            // has me so confused" is).
            if (i > 0 && objectsAfterPrepositions.contains(word) && prepositions.contains(sentence.get(i - 1))) {
                continue;
            }
            // "Se confunde con los nombres, me dice tía": the speaker told, not the one with the sign.
            if (objectPronouns.contains(word) && i + 1 < signStart && reportingVerbs.contains(sentence.get(i + 1))) {
                continue;
            }
            // "She was trying to tell me something and the words came out all wrong": so after the telling verb.
            if (objectPronouns.contains(word) && i > 0 && tellingBefore.contains(sentence.get(i - 1))) {
                continue;
            }
            // "Hoy jugando con su hermano de repente se cayó al piso": the brother played, the patient fell.
            if (otherPeople.contains(word) && withCompany(sentence, i)) {
                continue;
            }
            // "His aunt she fainted when they drew her blood": a pronoun said again right after someone of the
            // patient's is that person; not after company ("playing with her brother she fell and won't wake up").
            if (patientWords.contains(word)
                    && i > 0
                    && otherPeople.contains(sentence.get(i - 1))
                    && !withCompany(sentence, i - 1)) {
                return otherOfThePatient(sentence, i - 1) ? i - 1 : i;
            }
            // "He fell off his bike and it is bleeding": a thing is the subject, not the one whose thing came before.
            if (thingPronouns.contains(word)
                    && (i == signStart - 1 || (i == signStart - 2 && presentVerbs.contains(sentence.get(i + 1))))) {
                return -1;
            }
            // "Se cortó con el plato del perro y está sangrando": a pet named as an owner is no subject.
            if (animals.contains(word) && ownedThing(sentence, i)) {
                continue;
            }
            if (patientWords.contains(word) || caregiverWords.contains(word) || otherOfThePatient(sentence, i)) {
                return i;
            }
            if (speakerJoins.contains(word) && joinedAt < 0 && signStart - i <= JOINED_SIGN_WORDS) {
                joinedAt = i;
            }
            // "My son who's on day 5 after CAR T started talking nonsense": the one a relative clause is said of has
            // the sign after it.
            if (relativePronouns.contains(word) && i > 0 && patientWords.contains(sentence.get(i - 1))) {
                return i - 1;
            }
            // Nor does "about" before "to" ("I'm about to pass out myself").
            if (breaksTheClause(sentence, i, signStart)
                    && !(i + 1 < signStart && sentence.get(i + 1).equals("to"))) {
                return -1;
            }
        }
        if (joinedAt >= 0) {
            return speakerBefore(sentence, joinedAt);
        }
        return patientBeforeRelative(sentence, Math.max(0, signStart - SUBJECT_WINDOW));
    }

    /**
     * The patient a longer relative clause is said of, before a sign that has no subject of its own in its window ("my
     * son who's on day 5 after CAR T started talking nonsense"), or -1.
     */
    private int patientBeforeRelative(List<String> sentence, int windowStart) {
        for (int i = windowStart - 1; i > 0 && windowStart - i <= RELATIVE_CLAUSE_WORDS; i--) {
            String word = sentence.get(i);
            if (relativePronouns.contains(word)) {
                return patientWords.contains(sentence.get(i - 1)) ? i - 1 : -1;
            }
            if (clauseBreaks.contains(word)
                    || joins.contains(word)
                    || patientWords.contains(word)
                    || caregiverWords.contains(word)
                    || otherOfThePatient(sentence, i)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The speaker as the subject of a longer clause joined right before a sign that has none of its own ("I got
     * lightheaded at the pharmacy and almost fainted"), or -1. Only the speaker: anyone else may be the patient by
     * another name ("his brother had a cold and now Liam is at 38.9", "mi hermanito … y anda como perdido").
     */
    private int speakerBefore(List<String> sentence, int joinedAt) {
        for (int i = joinedAt - 1; i >= Math.max(0, joinedAt - JOINED_CLAUSE_WORDS); i--) {
            String word = sentence.get(i);
            if (caregiverWords.contains(word) && !objectPronouns.contains(word)) {
                return i;
            }
            if (patientWords.contains(word) || otherOfThePatient(sentence, i) || clauseBreaks.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a sign is said under a condition just before it, or before its subject: "if she gets a fever", "si a mi
     * chamaco le empieza a sangrar".
     */
    private boolean conditional(
            List<String> sentence, Phrases.Hit hit, int subjectAt, List<Phrases.Hit> conditionalHits) {
        int from = subjectAt < 0
                ? Math.max(0, hit.start() - LOOK_BEFORE)
                : Math.max(0, subjectStart(sentence, subjectAt) - 2);
        // "Not sure if this is a big deal but the toilet bowl is all red": a "but" ends what the "if" supposed.
        return conditionalHits.stream()
                .anyMatch(c -> c.start() >= from
                        && c.end() <= hit.start()
                        && sentence.subList(c.end(), hit.start()).stream().noneMatch(contrasts::contains));
    }

    /**
     * Whether a sign is said of someone other than the patient, as the sentence tells after it: the speaker says the
     * one with the sign is not the patient ("mi esposo tiene calentura pero él no es el paciente"), or names the patient
     * as another person and asks how to keep them from it ("my granddaughter has a fever but it's my grandson who has
     * the leukemia, should I keep them apart"), or describes them as not the patient right before it ("el otro
     * hermanito, el que no tiene leucemia, anda con calentura"). Not "she's the one who has leukemia".
     */
    private boolean ofSomeoneElse(
            List<String> sentence,
            Phrases.Hit hit,
            List<Phrases.Hit> elsewhere,
            List<Phrases.Hit> protect,
            List<Phrases.Hit> notThePatientHits,
            List<Phrases.Hit> notThePatientBeforeHits) {
        if (notThePatientHits.stream().anyMatch(n -> n.start() >= hit.end())) {
            return true;
        }
        // "Su hermanito, el que no tiene leucemia, anda con calentura": described as not the patient right before.
        if (notThePatientBeforeHits.stream()
                .anyMatch(n -> n.end() <= hit.start() && hit.start() - n.end() <= LOOK_AFTER)) {
            return true;
        }
        return !protect.isEmpty()
                && elsewhere.stream()
                        .anyMatch(e -> e.start() >= hit.end()
                                && sentence.subList(Math.max(0, e.start() - 2), e.start()).stream()
                                        .noneMatch(sameOne::contains));
    }

    /**
     * Whether the sign is said to have ended a few words after it, with no other sign between, in or after the end,
     * nor that it started again ("it stopped, then started again" and "has stopped breathing" are still ones).
     */
    private static boolean endedByTheSign(
            Phrases.Hit hit, List<Phrases.Hit> endedHits, List<Phrases.Hit> againHits, List<Phrases.Hit> allHits) {
        return endedHits.stream()
                .anyMatch(e -> e.start() >= hit.end()
                        && e.start() - hit.end() <= LOOK_AFTER
                        // The last sign said before the end is the one that ended: "she's bleeding and her fever
                        // went away" still bleeds.
                        && allHits.stream().noneMatch(other -> other.start() >= hit.end() && other.start() < e.end())
                        && againHits.stream().noneMatch(again -> again.start() >= e.end()));
    }

    /**
     * Whether a sign not said in the present is said to have ended anywhere after it, with no sign said between and
     * nothing started again after: "he had a nosebleed at clinic this morning and they packed it and it stopped". Only
     * an end ([ended]): "was that from the chemo", "eso fue por la quimio" ask about a sign that may be happening.
     */
    private static boolean endedLater(
            Phrases.Hit hit, List<Phrases.Hit> endedHits, List<Phrases.Hit> againHits, List<Phrases.Hit> allHits) {
        return endedHits.stream()
                .anyMatch(end -> end.start() >= hit.end()
                        && allHits.stream().noneMatch(other -> other.start() >= hit.end() && other.start() < end.end())
                        && againHits.stream().noneMatch(again -> again.start() >= end.end()));
    }

    /** Whether someone is said as company, a companion word a word or two before ("con su hermano", "with her brother"). */
    private boolean withCompany(List<String> sentence, int personAt) {
        return IntStream.rangeClosed(Math.max(0, personAt - COMPANY_WORDS), personAt - 1)
                .anyMatch(i -> companions.contains(sentence.get(i)));
    }

    /** Whether a conditional word opens "should I worry", "should we worry": a question about what follows. */
    private boolean asksWhetherToWorry(List<String> sentence, Phrases.Hit conditional) {
        int after = conditional.end();
        return after + 1 < sentence.size()
                && caregiverWords.contains(sentence.get(after))
                && worryVerbs.contains(sentence.get(after + 1));
    }

    /**
     * Whether the "if" before a sign asks whether what is happening is worth the worry: "should I worry if my son's
     * temp is a hundred point eight", "debo preocuparme si está en 39". Only of a sign said as a state now ("is",
     * "está" by it, or a reading she has); "should I worry if she gets a fever" still supposes.
     */
    private boolean worriedWhetherNow(List<String> sentence, Phrases.Hit hit, List<Phrases.Hit> conditionalHits) {
        boolean askedWhether = conditionalHits.stream()
                .filter(c -> c.end() <= hit.start() && c.start() > 0)
                .reduce((first, second) -> second)
                .map(c -> worryVerbs.contains(sentence.get(c.start() - 1)))
                .orElse(false);
        if (!askedWhether) {
            return false;
        }
        int from = Math.max(0, hit.start() - 2);
        List<String> around = sentence.subList(from, Math.min(sentence.size(), hit.end() + 1));
        // "Debo preocuparme si la niña tiene ciento uno punto cinco": a reading she has is of now.
        boolean reading = sentence.subList(hit.start(), hit.end()).stream().anyMatch(EmergencyReading::number);
        return around.stream().anyMatch(presentStates::contains)
                || (reading && around.stream().anyMatch(presentVerbs::contains));
    }

    /**
     * Whether a phrase of this very moment follows the sign within a few words, in its clause ("can't remember my name
     * right now").
     */
    private boolean presentAtTheSign(List<String> sentence, Phrases.Hit hit, List<Phrases.Hit> present) {
        return present.stream()
                .anyMatch(p -> p.start() >= hit.end()
                        && p.start() - hit.end() <= LOOK_AFTER
                        // "Si tiene fiebre de 100.4 llamemos, pero ahorita tiene 98.6": another clause's moment.
                        && sentence.subList(hit.end(), p.start()).stream().noneMatch(clauseBreaks::contains));
    }

    /**
     * Where the patient named as a sign's subject starts, with the speaker's possessive and a naming just before it ("si
     * a mi chamaco le empieza a sangrar"): what comes before that ("si") is what the sign is said under.
     */
    private int subjectStart(List<String> sentence, int subjectAt) {
        int start = subjectAt;
        if (start > 0 && patientWords.contains(sentence.get(start - 1))) {
            start--;
        }
        // "si a mi chamaco…", "if my son…": the possessive before the naming belongs to it.
        while (start > 0 && possessives.contains(sentence.get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * The figures of speech near a sign that are not a simile describing it: "habla enredado como si estuviera
     * borracho" and "respira como si le faltara el aire" tell the sign as it is seen, right beside it.
     */
    private List<Phrases.Hit> figuresBeside(List<String> sentence, Phrases.Hit hit, List<Phrases.Hit> figures) {
        return figures.stream()
                .filter(f -> !(asIf.contains(sentence.get(f.start()))
                        && (f.start() == hit.end() || (f.end() <= hit.start() && hit.start() - f.end() <= 1))))
                .toList();
    }

    /**
     * Whether a figure of speech is said by the sign, in the same few words ("I feel like my heart is bleeding"), not in
     * another part of a story ("me contesta puras palabras revueltas ... y me ve como si no me conociera").
     */
    private static boolean near(Phrases.Hit hit, List<Phrases.Hit> figures) {
        return figures.stream()
                .anyMatch(f -> f.end() > hit.start() - FIGURE_WINDOW && f.start() < hit.end() + FIGURE_WINDOW);
    }

    /** Whether a hit lies wholly inside one of the others. */
    private static boolean within(Phrases.Hit hit, List<Phrases.Hit> others) {
        return others.stream().anyMatch(o -> o.start() <= hit.start() && o.end() >= hit.end());
    }

    /** Whether a word is a number as the normalizer writes one ("101", "39"). */
    private static boolean number(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether a sign that opens inside words saying it was over, or long past, reaches past them to a start again or
     * to now: "se le bajó la fiebre con el Tylenol pero le volvió a subir" has a fever again, "tuvo una convulsión el
     * año pasado y ahorita le está dando otra" a seizure now.
     */
    private static boolean againAfter(
            Phrases.Hit hit, List<Phrases.Hit> excluded, List<Phrases.Hit> againHits, List<Phrases.Hit> nowHits) {
        int over = excluded.stream()
                .filter(e -> e.start() <= hit.start() && e.end() > hit.start())
                .mapToInt(Phrases.Hit::end)
                .max()
                .orElse(hit.end());
        return Stream.concat(againHits.stream(), nowHits.stream())
                .anyMatch(again -> again.start() >= over && again.end() <= hit.end());
    }

    /**
     * Whether a medical word or figure of speech takes in the sign's words: one that starts at or before the sign
     * and reaches into it ("bleeding risk"), or one that starts inside the sign and reaches its last word, so that a
     * sign read with its subject ("the patient * hot", "child is * hot") is still no sign in "she's a hot mess" or "he
     * is hot tempered".
     */
    private static boolean covered(Phrases.Hit hit, List<Phrases.Hit> excluded) {
        return excluded.stream()
                .anyMatch(e -> e.start() <= hit.start() && e.end() > hit.start()
                        || (e.start() >= hit.start() && e.start() < hit.end() && e.end() >= hit.end()));
    }
}
