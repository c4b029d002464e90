package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-sixth held-out round (x2049-x2054), travel and aviation trade sites: "By
 * <name> / <date>" (read as a date line before, the writer lost), an affiliate note under a bare "Editor's Note" label,
 * an editorial disclaimer closing the text (no opinion piece's mark), "More News" over other stories.
 */
class TravelPressShapesTest {
    private static final String STORY = "Delta Air Lines will raise the spending needed to earn Medallion status in 2028.\n\n"
            + "Lower tiers will rise by smaller amounts.\n\n";

    @Test
    void shouldReadAWriterBeforeASlashAndTheDate() {
        Article a = parse("Royal Caribbean orders a fifth ship\nBy Jane Roe  /  December 05, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
    }

    @Test
    void shouldDropAnAffiliateNoteUnderItsLabelAndAnEditorialDisclaimer() {
        Article a = parse("Delta raises SkyMiles thresholds\nJane Roe\nDec. 5, 2026 • 4 min read\nEditor's Note\n"
                + "This post contains references to products from one or more of our advertisers. We may receive compensation.\n\n"
                + STORY + "Editorial disclaimer: Opinions expressed here are the author's alone, not those of any bank or airline.\n");
        assertThat(a.getLead()).startsWith("Delta Air Lines");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
        assertThat(allText(a)).contains("smaller amounts").doesNotContain("Editor's Note", "advertisers", "disclaimer");
    }

    @Test
    void shouldEndTheTextAtMoreNews() {
        Article a = parse("Heathrow passenger numbers hit a record\nFriday, 05 Dec 2026\nJane Roe\n\n" + STORY
                + "More News\nGatwick opens new security hall\n");
        assertThat(allText(a)).contains("smaller amounts").doesNotContain("More News", "Gatwick");
    }
}
