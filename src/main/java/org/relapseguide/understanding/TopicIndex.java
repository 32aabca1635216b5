package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.relapseguide.content.Topic;

/**
 * Ranked retrieval over the topics (BM25F): each topic is one document whose fields count as much as they say about
 * it (its title and spoken names most, its example questions and aliases next, its answer a little), plus a bonus
 * for two words said together as a field says them. About forty lines of scoring, because nothing heavier fits a
 * Lambda's cold start (a Lucene index costs about 0.76 s of CPU there).
 */
final class TopicIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.6;
    private static final double PAIR_BONUS = 0.5;

    /** How much each field of a topic says about it. */
    enum Field {
        TITLE(3.0, 1.0),
        SYNONYM(3.0, 1.0),
        ALIAS(2.5, 0.9),
        QUESTION(1.2, 0.9),
        ANSWER(0.5, 0),
        MORE(0.25, 0),
        TEXT(0.4, 0);

        final double weight;
        /** What a passage of this field counts, matched on its own; 0 for none. */
        final double passage;

        Field(double weight, double passage) {
            this.weight = weight;
            this.passage = passage;
        }
    }

    private record Document(
            Topic topic,
            Map<String, Double> termWeights,
            Set<String> pairs,
            Set<String> namePairs,
            Set<String> names,
            double length,
            List<Passage> passages) {}

    /**
     * One name or example question of a topic, matched on its own: a question that says all of one wins. Numbered
     * across the index.
     */
    private record Passage(int id, Set<String> terms, double weight, boolean title, boolean name) {}

    /** What a question that is exactly one of a topic's names or questions scores, at least. */
    static final double EXACT = 5.0;

    /**
     * What a question whose own words after a story are exactly one of a topic's names or questions scores for that
     * passage, at least: less than {@link #EXACT}, as the story may say more ("the survival for kids who relapse" is
     * all of "chance of relapse in children" too).
     */
    static final double ASKED_EXACT = 3.0;

    /**
     * What a question that says every word of a topic's title (of two words or more) adds to that topic: "the odds for
     * children" is "Outlook for children", however many other topics speak of children and survival.
     */
    static final double TITLE_SAID = 2.0;
    /** What a topic matched that shares only the conversation's words with a follow-up. */
    static final String CONTEXT_ONLY = "(context)";

    /** How much the whole document counts beside its best passage. */
    static final double DOCUMENT_SHARE = 0.35;

    /**
     * One topic's score for a question, with the words that earned it (for --explain), and whether any of them is one
     * of the topic's own names (its title, a synonym or an alias) rare enough among the topics to point to it; named
     * plainly, if by more than an ordinary word of one of its names ("lose" of "lose the marker").
     */
    record Scored(Topic topic, double score, List<String> matched, boolean named, boolean namedPlainly) {
        Scored(Topic topic, double score, List<String> matched, boolean named) {
            this(topic, score, matched, named, named);
        }

        Scored withScore(double value) {
            return new Scored(topic, value, matched, named, namedPlainly);
        }

        /** The same score, for a topic that says the drug, product or gene the question names. */
        Scored asNamed() {
            return new Scored(topic, score, matched, true, true);
        }
    }

    /** A word in the names of more topics than this says too little to name one (child, leukemia, relapse). */
    static final int NAMING_TOPICS = 5;

    private final List<Document> documents = new ArrayList<>();
    /** Each word's topics, with its weight in each and whether it is one of that topic's names. */
    /** {@code plainName}: one of its names, and not an ordinary word of the language ("lose" of "lose the marker"). */
    private record Posting(int document, double tf, boolean name, boolean plainName) {}

    private final Map<String, List<Posting>> postings = new HashMap<>();
    /** The topics whose fields say each pair of words together. */
    private final Map<String, List<Integer>> pairPostings = new HashMap<>();
    /**
     * The numbers of every passage that holds a word, so a question visits only the passages it shares a word with;
     * each passage's topic, word count, field weight and rarity of all its words by its number.
     */
    private final Map<String, int[]> passagesByTerm = new HashMap<>();

    private final int[] passageDocument;
    private final int[] passageSize;
    private final double[] passageWeight;
    private final double[] passageWhole;
    /** Whether each passage is its topic's title. */
    private final boolean[] passageTitle;
    /** Whether each passage is one of its topic's names (its title, a synonym or an alias), not an example question. */
    private final boolean[] passageName;
    /** Each topic's BM25 length norm. */
    private final double[] norms;

    private int passageCount;
    private final Map<String, Double> idf = new HashMap<>();
    /** How many topics name themselves with each word. */
    private final Map<String, Integer> namedBy = new HashMap<>();

    private final double averageLength;

    /**
     * @param words how a field's text becomes the words it is matched by (normalized, stop words out, stemmed)
     * @param ordinary whether a word of a topic's names, as matched, is an ordinary word of the language ("lose" of
     *     "lose the marker"); asked of names' words only, when the index is built
     */
    TopicIndex(List<Topic> topics, Function<String, List<String>> words, Predicate<String> ordinary) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        double totalLength = 0;
        for (Topic topic : topics) {
            Map<String, Double> weights = new HashMap<>();
            Set<String> pairs = new HashSet<>();
            Set<String> namePairs = new HashSet<>();
            Set<String> names = new HashSet<>();
            List<Passage> passages = new ArrayList<>();
            double[] length = {0};
            BiConsumer<Field, String> add = (field, text) -> {
                if (text == null) {
                    return;
                }
                List<String> tokens = words.apply(text);
                if (field.passage > 0 && !tokens.isEmpty()) {
                    passages.add(new Passage(
                            passageCount++,
                            Set.copyOf(tokens),
                            field.passage,
                            field == Field.TITLE,
                            field == Field.TITLE || field == Field.SYNONYM || field == Field.ALIAS));
                }
                for (int i = 0; i < tokens.size(); i++) {
                    weights.merge(tokens.get(i), field.weight, Double::sum);
                    if (field == Field.TITLE || field == Field.SYNONYM || field == Field.ALIAS) {
                        names.add(tokens.get(i));
                    }
                    length[0] += field.weight;
                    if (i > 0 && field.weight >= Field.QUESTION.weight) {
                        pairs.add(tokens.get(i - 1) + " " + tokens.get(i));
                    }
                    if (i > 0 && (field == Field.TITLE || field == Field.SYNONYM || field == Field.ALIAS)) {
                        namePairs.add(tokens.get(i - 1) + " " + tokens.get(i));
                    }
                }
            };
            add.accept(Field.TITLE, topic.title());
            topic.synonyms().forEach(s -> add.accept(Field.SYNONYM, s));
            topic.aliases().forEach(s -> add.accept(Field.ALIAS, s));
            topic.questions().forEach(s -> add.accept(Field.QUESTION, s));
            add.accept(Field.ANSWER, topic.answer());
            topic.more().forEach(s -> add.accept(Field.MORE, s));
            add.accept(Field.TEXT, topic.text());
            weights.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            names.forEach(term -> namedBy.merge(term, 1, Integer::sum));
            documents.add(new Document(topic, weights, pairs, namePairs, names, length[0], passages));
            totalLength += length[0];
        }
        averageLength = documents.isEmpty() ? 1 : totalLength / documents.size();
        int n = documents.size();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
        passageDocument = new int[passageCount];
        passageSize = new int[passageCount];
        passageWeight = new double[passageCount];
        passageWhole = new double[passageCount];
        passageTitle = new boolean[passageCount];
        passageName = new boolean[passageCount];
        norms = new double[n];
        Map<String, List<Integer>> holding = new HashMap<>();
        for (int d = 0; d < n; d++) {
            Document document = documents.get(d);
            for (Passage passage : document.passages()) {
                int id = passage.id();
                passageDocument[id] = d;
                passageSize[id] = passage.terms().size();
                passageWeight[id] = passage.weight();
                passageTitle[id] = passage.title();
                passageName[id] = passage.name();
                passageWhole[id] = passage.terms().stream()
                        .mapToDouble(term -> idf.getOrDefault(term, 0.0))
                        .sum();
                passage.terms()
                        .forEach(term -> holding.computeIfAbsent(term, t -> new ArrayList<>())
                                .add(id));
            }
            norms[d] = K1 * (1 - B + B * document.length() / averageLength);
            int topic = d;
            document.termWeights()
                    .forEach((term, tf) -> postings.computeIfAbsent(term, t -> new ArrayList<>())
                            .add(new Posting(
                                    topic,
                                    tf,
                                    document.names().contains(term),
                                    document.names().contains(term) && !ordinary.test(term))));
            document.pairs()
                    .forEach(pair -> pairPostings
                            .computeIfAbsent(pair, p -> new ArrayList<>())
                            .add(topic));
        }
        holding.forEach((term, ids) -> passagesByTerm.put(
                term, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Every topic that shares a word with the question, best first. */
    List<Scored> rank(List<String> query) {
        Map<String, Double> weights = new HashMap<>();
        query.forEach(w -> weights.put(w, 1.0));
        return rank(query, weights);
    }

    /**
     * Every topic that shares a word with the question, best first, each word counting as much as its weight (the
     * words of the question itself more than the story around it).
     */
    List<Scored> rank(List<String> query, Map<String, Double> queryWeights) {
        return rank(query, queryWeights, Set.of());
    }

    /**
     * As {@link #rank(List, Map)}, where {@code asked} are the words of the question itself after a story ("nobody's
     * explained it to me plain, what is this relapsed leukemia"): when they are exactly one of a topic's names or
     * questions of two words or more, that passage scores as a question that says nothing else would, however common
     * its words.
     */
    List<Scored> rank(List<String> query, Map<String, Double> queryWeights, Set<String> asked) {
        return rank(query, queryWeights, asked, Map.of());
    }

    /**
     * As {@link #rank(List, Map, Set)}, with the words of what the conversation is about ("MRD" before "how do they
     * check for it"), each counting its weight where it shares a passage or topic with the question, but never making a
     * passage exact, a topic named or a pair of words.
     */
    List<Scored> rank(
            List<String> query, Map<String, Double> queryWeights, Set<String> asked, Map<String, Double> context) {
        return rank(query, queryWeights, asked, context, false);
    }

    /** Whether any topic has the word: a word none has ("Jayden") is no part of any topic's name. */
    boolean knows(String word) {
        return postings.containsKey(word);
    }

    /**
     * Every topic that shares a word with a term whose meaning is asked ("what does relapse mean"), best first: only
     * a topic's names, not its example questions, say what a word means ("cómo sé si regresó la leucemia" is all of
     * "regresó la leucemia" once its common words are out, and asks for the signs).
     */
    List<Scored> rankNames(List<String> term) {
        Map<String, Double> weights = new HashMap<>();
        term.forEach(w -> weights.put(w, 1.0));
        return rank(term, weights, Set.of(), Map.of(), true);
    }

    private List<Scored> rank(
            List<String> query,
            Map<String, Double> queryWeights,
            Set<String> asked,
            Map<String, Double> context,
            boolean namesOnly) {
        Set<String> unique = new HashSet<>(query);
        Passages said = passages(unique, queryWeights, asked, context, namesOnly);
        int n = documents.size();
        double[] score = new double[n];
        boolean[] named = new boolean[n];
        boolean[] plainly = new boolean[n];
        List<List<String>> matched = new ArrayList<>(Collections.nCopies(n, (List<String>) null));
        for (Map.Entry<String, Double> word : context.entrySet()) {
            List<Posting> holding = unique.contains(word.getKey()) ? null : postings.get(word.getKey());
            if (holding == null) {
                continue;
            }
            double weight = word.getValue() * idf.get(word.getKey());
            for (Posting posting : holding) {
                double tf = posting.tf();
                score[posting.document()] += weight * tf * (K1 + 1) / (tf + norms[posting.document()]);
            }
        }
        for (String term : unique) {
            List<Posting> holding = postings.get(term);
            if (holding == null) {
                continue;
            }
            double weight = queryWeights.getOrDefault(term, 1.0) * idf.get(term);
            boolean naming = namedBy.getOrDefault(term, 0) <= NAMING_TOPICS;
            for (Posting posting : holding) {
                int d = posting.document();
                double tf = posting.tf();
                score[d] += weight * tf * (K1 + 1) / (tf + norms[d]);
                matchedOf(matched, d).add(term);
                named[d] |= posting.name() && naming;
                plainly[d] |= posting.plainName() && naming;
            }
        }
        for (int i = 1; i < query.size(); i++) {
            String pair = query.get(i - 1) + " " + query.get(i);
            List<Integer> holding = pairPostings.get(pair);
            if (holding == null) {
                continue;
            }
            // A pair counts as much as its lesser word: "difference between", two words that frame a question, little.
            double pairWeight = Math.min(
                    1.0,
                    Math.min(
                            queryWeights.getOrDefault(query.get(i - 1), 1.0),
                            queryWeights.getOrDefault(query.get(i), 1.0)));
            double bonus = pairWeight
                    * PAIR_BONUS
                    * (idf.getOrDefault(query.get(i - 1), 0.0) + idf.getOrDefault(query.get(i), 0.0))
                    / 2;
            for (int d : holding) {
                score[d] += bonus;
                matchedOf(matched, d).add("\"" + pair + "\"");
                // Two words of one of its names said together name a topic; two of a question ("how long") do not.
                boolean namePair =
                        pairWeight >= 1.0 && documents.get(d).namePairs().contains(pair);
                named[d] |= namePair;
                plainly[d] |= namePair;
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (score[d] > 0) {
                scored.add(new Scored(
                        documents.get(d).topic(),
                        said.best()[d] + DOCUMENT_SHARE * score[d] + (said.titled()[d] ? TITLE_SAID : 0),
                        // Only the conversation's words: what it was about, so nothing the question said.
                        matched.get(d) == null ? List.of(CONTEXT_ONLY) : matched.get(d),
                        named[d] || said.named()[d],
                        plainly[d] || said.named()[d]));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    private static List<String> matchedOf(List<List<String>> matched, int document) {
        List<String> words = matched.get(document);
        if (words == null) {
            words = new ArrayList<>();
            matched.set(document, words);
        }
        return words;
    }

    /** Per topic: its best passage's score for a question, and whether the question says all of one of them. */
    private record Passages(double[] best, boolean[] named, boolean[] titled) {}

    /**
     * Scores the passages that share a word with the question: the rarity of the words they share (weighted as the
     * question weighs them), times the square root of the share of their own rarity the question says. A question
     * that says every word of one of a topic's names or questions names it; one that says nothing else ("what does
     * relapsed mean") is asking for exactly it, however common its words.
     */
    private Passages passages(
            Set<String> unique,
            Map<String, Double> queryWeights,
            Set<String> asked,
            Map<String, Double> context,
            boolean namesOnly) {
        double[] shared = new double[passageCount];
        double[] sharedPlain = new double[passageCount];
        int[] count = new int[passageCount];
        int[] askedCount = new int[passageCount];
        int[] touched = new int[passageCount];
        int touchedCount = 0;
        for (String term : unique) {
            int[] holding = passagesByTerm.get(term);
            if (holding == null) {
                continue;
            }
            double rarity = idf.getOrDefault(term, 0.0);
            double weighted = rarity * queryWeights.getOrDefault(term, 1.0);
            boolean isAsked = asked.contains(term);
            for (int id : holding) {
                if (namesOnly && !passageName[id]) {
                    continue;
                }
                if (count[id]++ == 0) {
                    touched[touchedCount++] = id;
                }
                if (isAsked) {
                    askedCount[id]++;
                }
                shared[id] += weighted;
                sharedPlain[id] += rarity;
            }
        }
        for (Map.Entry<String, Double> word : context.entrySet()) {
            int[] holding = unique.contains(word.getKey()) ? null : passagesByTerm.get(word.getKey());
            if (holding == null) {
                continue;
            }
            double rarity = idf.getOrDefault(word.getKey(), 0.0);
            for (int id : holding) {
                if (count[id] > 0) {
                    shared[id] += rarity * word.getValue();
                    sharedPlain[id] += rarity;
                }
            }
        }
        double[] best = new double[documents.size()];
        boolean[] named = new boolean[documents.size()];
        boolean[] titled = new boolean[documents.size()];
        for (int t = 0; t < touchedCount; t++) {
            int id = touched[t];
            int size = passageSize[id];
            int document = passageDocument[id];
            double score = passageWhole[id] == 0
                    ? 0
                    : passageWeight[id] * shared[id] * Math.sqrt(sharedPlain[id] / passageWhole[id]);
            boolean all = count[id] == size;
            boolean askedExactly = size > 1 && askedCount[id] == size && asked.size() == size;
            if (all && count[id] == unique.size()) {
                score = Math.max(score, EXACT);
                named[document] = true;
            } else if (all && askedExactly) {
                score = Math.max(score, ASKED_EXACT);
                named[document] = true;
            }
            named[document] |= all && size > 1;
            titled[document] |= all && size > 1 && passageTitle[id];
            best[document] = Math.max(best[document], score);
        }
        return new Passages(best, named, titled);
    }

    /** Whether a word is one of a topic's own names, rare enough among the topics to point to it. */
    boolean names(Topic topic, String term) {
        return namedBy.getOrDefault(term, 0) <= NAMING_TOPICS
                && documents.stream()
                        .anyMatch(d ->
                                d.topic().id().equals(topic.id()) && d.names().contains(term));
    }

    /** How rare a word is among the topics: a word no topic has is worth nothing. */
    double idf(String term) {
        return idf.getOrDefault(term, 0.0);
    }

    /** Every word some topic is matched by. */
    Set<String> vocabulary() {
        return idf.keySet();
    }
}
