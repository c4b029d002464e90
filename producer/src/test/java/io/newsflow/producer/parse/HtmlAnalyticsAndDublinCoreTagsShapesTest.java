package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-first held-out round (x2677-x2682), HTML pages dated and signed only in
 * their metadata, in more vocabularies: Parse.ly's {@code parsely-page} JSON, Open Graph's article tags with "og:" before
 * them, microdata's author as a {@code meta} in a Person, cXense's tags, DCTERMS' creator ("Hoffmann, Lena"), date and
 * publisher; and a Nordic paper's standfirst, its class "ingress", lost whole.
 */
class HtmlAnalyticsAndDublinCoreTagsShapesTest {
    private static final String TEXT = "<div class=\"text\"><p>Die Landesregierung stellt in den kommenden drei Jahren 60 Millionen Euro "
            + "für den Bau von Radschnellwegen bereit.</p><p>Gefördert werden vor allem Verbindungen zwischen Städten und ihrem Umland, "
            + "auf denen täglich viele Menschen pendeln.</p></div>";

    private static Article page(String head, String underHeadline) {
        return file("<html><head><title>Neue Radschnellwege</title>" + head + "</head><body><div class=\"story\"><h1>Neue "
                + "Radschnellwege</h1>" + underHeadline + TEXT + "</div></body></html>", "page.html");
    }

    @Test
    void shouldReadParselysPageTagWhenNoOtherMetadataDatesOrSignsThePage() {
        Article article = page("<meta name=\"parsely-page\" content='{\"title\": \"Neue Radschnellwege\", \"author\": \"Dana Whitfield\", "
                + "\"pub_date\": \"2026-12-05T18:20:00Z\", \"section\": \"Politics\"}'>", "");

        assertThat(article.getAuthors()).containsExactly("Dana Whitfield");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T18:20:00Z"));
        assertThat(article.getSection()).isEqualTo("Politics");
    }

    @Test
    void shouldReadOpenGraphsArticleTagsWhenACmsPutsOgBeforeThem() {
        Article article = page("<meta property=\"og:article:published_time\" content=\"2026-12-06T11:45:00+01:00\"><meta property="
                + "\"og:article:author\" content=\"Ngozi Adeyemi\"><meta property=\"og:article:section\" content=\"Infrastructure\">", "");

        assertThat(article.getAuthors()).containsExactly("Ngozi Adeyemi");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T10:45:00Z"));
        assertThat(article.getSection()).isEqualTo("Infrastructure");
    }

    @Test
    void shouldReadCxensesMicrodatasAndDublinCoresTagsWhenOnlyTheyNameTheWriter() {
        Article cxense = page("<meta name=\"cXenseParse:author\" content=\"Ingrid Solberg\"><meta name=\"cXenseParse:recs:publishtime\" "
                + "content=\"2026-12-06T08:00:00.000Z\">", "");
        assertThat(cxense.getAuthors()).containsExactly("Ingrid Solberg");
        assertThat(cxense.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(page("", "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" "
                + "content=\"Ines Kovač\"></span>").getAuthors()).containsExactly("Ines Kovač");
        Article release = page("<meta name=\"dcterms.creator\" content=\"Hoffmann, Lena\"><meta name=\"dcterms.created\" content=\"2026-12-04\">"
                + "<meta name=\"dcterms.publisher\" content=\"Staatskanzlei Musterland\">", "");
        assertThat(release.getAuthors()).containsExactly("Lena Hoffmann");
        assertThat(release.getSource()).isEqualTo("Staatskanzlei Musterland");
        assertThat(release.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void shouldKeepANordicStandfirstWhenItsClassIsIngress() {
        assertThat(page("", "<div class=\"ingress\">Das Land gibt 60 Millionen Euro für Radschnellwege aus.</div>").getLead())
                .isEqualTo("Das Land gibt 60 Millionen Euro für Radschnellwege aus.");
    }
}
