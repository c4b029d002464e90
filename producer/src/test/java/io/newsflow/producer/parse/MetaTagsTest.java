package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link MetaTags} answers every key as {@link HtmlArticleParser#meta} does, from one pass over the page. */
class MetaTagsTest {
    private static final Document PAGE = Jsoup.parse("<html><head><meta name=\"DC.Date.Issued\" content=\" 2026-12-05 \">"
            + "<meta property=\"og:title\" content=\"\"><meta name=\"og:title\" content=\"Second title\">"
            + "<meta name=\" cg \" content=\"business\"></head><body><span itemprop=\"datePublished\" content=\"2026-12-06\">6 Dec</span>"
            + "<span itemprop=\"author\">no content</span></body></html>");

    @Test
    void shouldAnswerEachKeyAsMetaDoesWhenKeysDifferInCaseBlanksOrElements() {
        MetaTags tags = new MetaTags(PAGE);

        for (String key : new String[] {"dc.date.issued", "DC.date.issued", "og:title", "cg", "datePublished", "author", "absent"}) {
            assertThat(tags.get(key)).as(key).isEqualTo(HtmlArticleParser.meta(PAGE, key));
        }
        assertThat(tags.get("DC.date.issued")).isEqualTo("2026-12-05");
        assertThat(tags.get("og:title")).isNull(); // (the first element giving the key has no content, as meta() reads it)
        assertThat(tags.get("datePublished")).isEqualTo("2026-12-06");
    }
}
