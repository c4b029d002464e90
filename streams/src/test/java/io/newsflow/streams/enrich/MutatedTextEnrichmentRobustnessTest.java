package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Enrichment meets text the parser let through, which is text as scraping leaves it: paragraphs
 * cut off mid-word or mid-name, stray dashes, quotes, brackets, apostrophes and emoji put in,
 * a paragraph in capitals or repeated, non-breaking spaces and tabs, a paragraph of another
 * article (another language) pasted in, empty paragraphs, a run of a hundred capitalised words.
 * For a thousand such articles (seeded, so a failure replays) enrichment must not throw, must
 * give the same answer twice, and every field must stay well formed: entities named, typed,
 * trimmed and each mentioned at least once, no name twice with one type; at most ten keywords,
 * best first, with finite positive scores; finite tone; a two-letter language or none.
 */
class MutatedTextEnrichmentRobustnessTest {

    private static final long SEED = 20261130L;
    private static final int ARTICLES = 1_000;
    private static final String[] STRAYS = {" ", "\u00A0", "\t", "\u2014", "-", "--", "'", "\u2019", "\"", "\u201C",
        "\u201D", "\u00AB", "(", ")", "[", "&", ".", ". ", "!", "?", ":", ",", "\uD83D\uDE00", "\u200B", "'s", "Mr.",
        "Dr", "U.S.", "St.", "A.", "von", "de la", "al-", "\u00C9", "ß", "100%", "3.5", "2025", "(AP) \u2014", "said"};

    private final Enricher enricher = new Enricher();
    private final InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();

    @Test
    void shouldEnrichEveryMangledArticleIntoWellFormedFieldsWhenScrapingBrokeItsText() {
        List<Article> articles = new ArrayList<>();
        for (CorpusArticle a : CorpusArticle.all()) {
            articles.add(a.article());
        }
        for (CorpusArticle a : CorpusArticle.heldOut(1, 60)) {
            articles.add(a.article());
        }
        for (Article a : articles) {
            frequencies.addDocument(enricher.enrich(a, frequencies).documentTerms());
        }
        Random random = new Random(SEED);
        for (int n = 0; n < ARTICLES; n++) {
            Article base = articles.get(random.nextInt(articles.size()));
            Article broken = mutate(base, random, articles);
            String what = "mangled article " + n + " (" + base.getArticleId() + ")";
            Enrichment e = enricher.enrich(broken, frequencies);
            assertWellFormed(e, what);
            if (n % 4 == 0) {
                assertThat(enricher.enrich(broken, frequencies)).as("the same answer twice for %s", what).isEqualTo(e);
            }
        }
    }

    private static void assertWellFormed(Enrichment e, String what) {
        assertThat(e.language()).as(what).matches(l -> l == null || l.matches("[a-z]{2}"));
        assertThat(e.wordCount()).as(what).isNotNegative();
        assertThat(e.sentenceCount()).as(what).isNotNegative();
        Set<String> seen = new HashSet<>();
        for (Entity entity : e.entities()) {
            assertThat(entity.name()).as("%s: %s", what, entity).isNotBlank().isEqualTo(entity.name().strip());
            assertThat(entity.type()).as("%s: %s", what, entity).isNotNull();
            assertThat(entity.mentions()).as("%s: %s", what, entity).isPositive();
            assertThat(seen.add(entity.type() + "/" + entity.name().toLowerCase(Locale.ROOT)))
                    .as("%s: %s twice", what, entity).isTrue();
        }
        assertThat(e.keywords()).as(what).hasSizeLessThanOrEqualTo(10);
        double previous = Double.POSITIVE_INFINITY;
        for (Keyword k : e.keywords()) {
            assertThat(k.term()).as(what).isNotBlank();
            assertThat(k.score()).as("%s: %s", what, k).isFinite().isPositive().isLessThanOrEqualTo(previous);
            previous = k.score();
        }
        if (e.tone() != null) {
            assertThat(e.tone().positive()).as(what).isFinite();
            assertThat(e.tone().negative()).as(what).isFinite();
            assertThat(e.tone().polarity()).as(what).isFinite();
        }
        for (Quote q : e.quotes()) {
            assertThat(q.text()).as(what).isNotBlank();
        }
    }

    /** One to six of the ways scraping breaks an article's text, applied to its body paragraphs. */
    static Article mutate(Article article, Random random, List<Article> others) {
        List<String> paragraphs = new ArrayList<>();
        for (BodyBlock b : article.getBody()) {
            paragraphs.add(b.getText());
        }
        int operations = 1 + random.nextInt(6);
        for (int k = 0; k < operations && !paragraphs.isEmpty(); k++) {
            int i = random.nextInt(paragraphs.size());
            String p = paragraphs.get(i);
            int cut = p.isEmpty() ? 0 : random.nextInt(p.length() + 1);
            switch (random.nextInt(10)) {
                case 0 -> paragraphs.set(i, p.substring(0, cut));
                case 1 -> paragraphs.set(i, p.substring(0, cut) + stray(random) + p.substring(cut));
                case 2 -> paragraphs.set(i, p.toUpperCase(Locale.ROOT));
                case 3 -> paragraphs.set(i, (p + " ").repeat(1 + random.nextInt(20)).strip());
                case 4 -> paragraphs.set(i, p.replace(' ', random.nextBoolean() ? '\u00A0' : '\t'));
                case 5 -> paragraphs.add(i, pasted(others.get(random.nextInt(others.size())), random));
                case 6 -> paragraphs.add(i, "");
                case 7 -> paragraphs.add(i, capitalisedRun(p, random));
                case 8 -> paragraphs.set(i, p.replace(". ", stray(random)));
                default -> paragraphs.remove(i);
            }
        }
        List<BodyBlock> body = new ArrayList<>();
        for (String p : paragraphs) {
            body.add(BodyBlock.newBuilder(article.getBody().get(0)).setText(p).build());
        }
        return Article.newBuilder(article).setBody(body).build();
    }

    private static String stray(Random random) {
        return STRAYS[random.nextInt(STRAYS.length)];
    }

    private static String pasted(Article other, Random random) {
        List<BodyBlock> body = other.getBody();
        return body.get(random.nextInt(body.size())).getText();
    }

    /** A hundred capitalised words of the paragraph in a row, as a scraped tag cloud or menu gives. */
    private static String capitalisedRun(String paragraph, Random random) {
        String[] words = paragraph.isBlank() ? new String[] {"Home"} : paragraph.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 100; k++) {
            String w = words[random.nextInt(words.length)];
            if (!w.isEmpty()) {
                sb.append(k > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
