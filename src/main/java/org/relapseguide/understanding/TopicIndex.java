package org.relapseguide.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
        TITLE(3.0),
        SYNONYM(3.0),
        ALIAS(2.5),
        QUESTION(1.2),
        ANSWER(0.5),
        MORE(0.25);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }
    }

    private record Document(
            Topic topic, Map<String, Double> termWeights, Set<String> pairs, Set<String> names, double length) {}

    /**
     * One topic's score for a question, with the words that earned it (for --explain), and whether any of them is one
     * of the topic's own names (its title, a synonym or an alias) rare enough among the topics to point to it.
     */
    record Scored(Topic topic, double score, List<String> matched, boolean named) {}

    /** A word that appears in the names of more topics than this says too little to name one (child, leukemia). */
    static final double NAMING_IDF = 1.6;

    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double averageLength;

    /**
     * @param words how a field's text becomes the words it is matched by (normalized, stop words out, stemmed)
     */
    TopicIndex(List<Topic> topics, Function<String, List<String>> words) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        double totalLength = 0;
        for (Topic topic : topics) {
            Map<String, Double> weights = new HashMap<>();
            Set<String> pairs = new HashSet<>();
            Set<String> names = new HashSet<>();
            double[] length = {0};
            BiConsumer<Field, String> add = (field, text) -> {
                if (text == null) {
                    return;
                }
                List<String> tokens = words.apply(text);
                for (int i = 0; i < tokens.size(); i++) {
                    weights.merge(tokens.get(i), field.weight, Double::sum);
                    if (field == Field.TITLE || field == Field.SYNONYM || field == Field.ALIAS) {
                        names.add(tokens.get(i));
                    }
                    length[0] += field.weight;
                    if (i > 0 && field.weight >= Field.QUESTION.weight) {
                        pairs.add(tokens.get(i - 1) + " " + tokens.get(i));
                    }
                }
            };
            add.accept(Field.TITLE, topic.title());
            topic.synonyms().forEach(s -> add.accept(Field.SYNONYM, s));
            topic.aliases().forEach(s -> add.accept(Field.ALIAS, s));
            topic.questions().forEach(s -> add.accept(Field.QUESTION, s));
            add.accept(Field.ANSWER, topic.answer());
            topic.more().forEach(s -> add.accept(Field.MORE, s));
            weights.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            documents.add(new Document(topic, weights, pairs, names, length[0]));
            totalLength += length[0];
        }
        averageLength = documents.isEmpty() ? 1 : totalLength / documents.size();
        int n = documents.size();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
    }

    /** Every topic that shares a word with the question, best first. */
    List<Scored> rank(List<String> query) {
        List<Scored> scored = new ArrayList<>();
        Set<String> unique = new HashSet<>(query);
        for (Document document : documents) {
            double score = 0;
            boolean named = false;
            List<String> matched = new ArrayList<>();
            for (String term : unique) {
                Double tf = document.termWeights().get(term);
                if (tf == null) {
                    continue;
                }
                double norm = K1 * (1 - B + B * document.length() / averageLength);
                score += idf.get(term) * tf * (K1 + 1) / (tf + norm);
                matched.add(term);
                named |= document.names().contains(term) && idf.get(term) >= NAMING_IDF;
            }
            for (int i = 1; i < query.size(); i++) {
                String pair = query.get(i - 1) + " " + query.get(i);
                if (document.pairs().contains(pair)) {
                    score += PAIR_BONUS
                            * (idf.getOrDefault(query.get(i - 1), 0.0) + idf.getOrDefault(query.get(i), 0.0))
                            / 2;
                    matched.add("\"" + pair + "\"");
                    named = true;
                }
            }
            if (score > 0) {
                scored.add(new Scored(document.topic(), score, matched, named));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
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
