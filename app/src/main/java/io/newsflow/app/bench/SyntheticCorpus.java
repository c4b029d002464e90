package io.newsflow.app.bench;

import static io.newsflow.app.bench.CorpusVocabulary.FIRST_NAMES;
import static io.newsflow.app.bench.CorpusVocabulary.HEADINGS;
import static io.newsflow.app.bench.CorpusVocabulary.LAST_NAMES;
import static io.newsflow.app.bench.CorpusVocabulary.ORGANISATIONS;
import static io.newsflow.app.bench.CorpusVocabulary.OUTLETS;
import static io.newsflow.app.bench.CorpusVocabulary.PLACES;
import static io.newsflow.app.bench.CorpusVocabulary.SECTIONS;
import static io.newsflow.app.bench.CorpusVocabulary.WORDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A reproducible corpus of article-like plain text for {@code newsflow bench}: headline,
 * breadcrumb, date line, standfirst, an inline byline, paragraphs with named people, places and
 * organisations and quotations, section headings and a signature, about {@code sizeKb} KB each
 * (between half and one and a half times). A share of the articles repeat an earlier one: half as
 * exact copies of its body under another headline, half as near copies with a few words changed,
 * so deduplication sees both kinds. The same seed always gives the same corpus.
 */
public final class SyntheticCorpus {

    /** What an article of the corpus is. */
    public enum Kind { ORIGINAL, EXACT_COPY, NEAR_COPY }

    /** One generated article: its plain text and whether it repeats an earlier one. */
    public record Item(String text, Kind kind) { }

    private final int sizeBytes;
    private final double duplicateRate;

    /**
     * @param sizeKb        the typical article size in KB (1 or more)
     * @param duplicateRate the share of exact and near copies, 0 to 1
     */
    public SyntheticCorpus(int sizeKb, double duplicateRate) {
        if (sizeKb < 1 || sizeKb > 1024) {
            throw new IllegalArgumentException("Invalid value '" + sizeKb + "' for --size-kb (KB per article): expected 1 to 1024");
        }
        if (!(duplicateRate >= 0 && duplicateRate <= 1)) {
            throw new IllegalArgumentException("Invalid value '" + duplicateRate + "' for --duplicate-rate: expected 0 to 1");
        }
        this.sizeBytes = sizeKb * 1024;
        this.duplicateRate = duplicateRate;
    }

    /** {@code count} articles from {@code seed}; the first is always an original. */
    public List<Item> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>(count);
        List<Draft> originals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!originals.isEmpty() && random.nextDouble() < duplicateRate) {
                Draft original = originals.get(random.nextInt(originals.size()));
                boolean exact = random.nextBoolean();
                Draft copy = exact ? original.exactCopy(random) : original.nearCopy(random);
                items.add(new Item(copy.render(), exact ? Kind.EXACT_COPY : Kind.NEAR_COPY));
            } else {
                Draft draft = newDraft(random, i);
                originals.add(draft);
                items.add(new Item(draft.render(), Kind.ORIGINAL));
            }
        }
        return items;
    }

    private Draft newDraft(SplittableRandom random, int serial) {
        Cast cast = Cast.pick(random);
        int target = (int) (sizeBytes * (0.5 + random.nextDouble()));
        List<String> paragraphs = new ArrayList<>();
        int bytes = 0;
        while (bytes < target) {
            String paragraph = (paragraphs.size() % 4 == 3) ? pick(random, HEADINGS) : paragraph(random, cast);
            paragraphs.add(paragraph);
            bytes += paragraph.length() + 2;
        }
        String title = cast.place + " " + capitalise(pick(random, WORDS)) + " " + capitalise(pick(random, WORDS))
            + " as " + cast.organisation + " " + pick(random, List.of("Acts", "Waits", "Decides", "Reports", "Warns"))
            + " (" + serial + ")";
        return new Draft(title, pick(random, SECTIONS), pick(random, OUTLETS), cast, sentence(random, cast, 22), paragraphs,
            1 + random.nextInt(28), 1 + random.nextInt(12));
    }

    private static String paragraph(SplittableRandom random, Cast cast) {
        StringBuilder p = new StringBuilder();
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            if (random.nextInt(6) == 0) {
                String quoted = sentence(random, cast, 12);
                p.append('"').append(quoted, 0, quoted.length() - 1).append(",\" said ").append(cast.person(random)).append('.');
            } else {
                p.append(sentence(random, cast, 10 + random.nextInt(14)));
            }
        }
        return p.toString();
    }

    private static String sentence(SplittableRandom random, Cast cast, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = random.nextInt(9) == 0 ? cast.entity(random) : pick(random, WORDS);
            s.append(w == 0 ? capitalise(word) : word).append(w == words - 1 ? "." : " ");
        }
        return s.toString();
    }

    static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** The people, place and organisation one article is about, so names recur as in real news. */
    record Cast(List<String> people, String place, String otherPlace, String organisation) {
        static Cast pick(SplittableRandom random) {
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                people.add(SyntheticCorpus.pick(random, FIRST_NAMES) + " " + SyntheticCorpus.pick(random, LAST_NAMES));
            }
            return new Cast(people, SyntheticCorpus.pick(random, PLACES), SyntheticCorpus.pick(random, PLACES),
                SyntheticCorpus.pick(random, ORGANISATIONS));
        }

        String person(SplittableRandom random) {
            String full = people.get(random.nextInt(people.size()));
            // later mentions use the surname alone, as news does
            return random.nextBoolean() ? full : full.substring(full.indexOf(' ') + 1);
        }

        String entity(SplittableRandom random) {
            return switch (random.nextInt(4)) {
                case 0 -> person(random);
                case 1 -> place;
                case 2 -> otherPlace;
                default -> organisation;
            };
        }
    }
}
