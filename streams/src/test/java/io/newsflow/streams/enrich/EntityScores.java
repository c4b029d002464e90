package io.newsflow.streams.enrich;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Precision and recall per entity type, and language accuracy, of the {@link Enricher} on a set
 * of labelled {@link CorpusArticle}s. Names are compared case-insensitively; every miss and false
 * alarm is printed, so a failing figure says which names to look at.
 */
final class EntityScores {

    private static final Enricher ENRICHER = new Enricher();

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, predicted, gold
    private int languagesRight;
    private int articles;

    private EntityScores() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
    }

    /** Scores every article and prints the errors and the totals under {@code label}. */
    static EntityScores of(String label, List<CorpusArticle> corpus) {
        EntityScores scores = new EntityScores();
        for (CorpusArticle a : corpus) {
            scores.add(a);
        }
        System.out.printf("== %s (%d articles)%n", label, scores.articles);
        for (EntityType type : EntityType.values()) {
            int[] c = scores.counts.get(type);
            System.out.printf("%-12s P=%.3f R=%.3f (tp=%d predicted=%d gold=%d)%n", type, scores.precision(type),
                    scores.recall(type), c[0], c[1], c[2]);
        }
        System.out.printf("language accuracy %d/%d%n", scores.languagesRight, scores.articles);
        return scores;
    }

    private void add(CorpusArticle a) {
        articles++;
        Enrichment e = ENRICHER.enrich(a.article(), new InMemoryDocumentFrequencies());
        if (a.language().equals(e.language())) {
            languagesRight++;
        } else {
            System.out.printf("%s: language %s, labelled %s%n", a.file(), e.language(), a.language());
        }
        for (EntityType type : EntityType.values()) {
            Set<String> gold = lower(a.gold().get(type));
            Set<String> found = lower(e.entities().stream().filter(x -> x.type() == type)
                    .map(Entity::name).collect(Collectors.toSet()));
            Set<String> hits = new TreeSet<>(found);
            hits.retainAll(gold);
            int[] c = counts.get(type);
            c[0] += hits.size();
            c[1] += found.size();
            c[2] += gold.size();
            Set<String> missed = new TreeSet<>(gold);
            missed.removeAll(found);
            Set<String> wrong = new TreeSet<>(found);
            wrong.removeAll(gold);
            if (!missed.isEmpty() || !wrong.isEmpty()) {
                System.out.printf("%s %s missed=%s false=%s%n", a.file(), type, missed, wrong);
            }
        }
    }

    private static Set<String> lower(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    double precision(EntityType type) {
        int[] c = counts.get(type);
        return c[1] == 0 ? 0 : c[0] / (double) c[1];
    }

    double recall(EntityType type) {
        int[] c = counts.get(type);
        return c[2] == 0 ? 0 : c[0] / (double) c[2];
    }

    int languagesRight() {
        return languagesRight;
    }

    int articles() {
        return articles;
    }
}
