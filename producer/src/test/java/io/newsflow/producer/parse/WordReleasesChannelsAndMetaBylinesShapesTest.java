package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the fifty-fifth held-out round (x367-x372), each on other names: a press release saved from Word and
 * its notes after "###", a JSON-LD document as the input itself, a messaging channel's post, an HTML page naming its
 * writers and date in "byl" and "pdate", a section repeating a menu item in a language without listed sections, and a
 * Turkish newsroom credit.
 */
class WordReleasesChannelsAndMetaBylinesShapesTest {

    @Test
    void shouldReadTheReleaseAsTextWhenAPageWasSavedFromWord() {
        Article a = file("<html><head><title>Document</title></head><body><div class=WordSection1>"
                + "<p class=MsoNormal><b>FOR IMMEDIATE RELEASE</b></p><p class=MsoNormal><b>" + HEADLINE + "</b></p>"
                + "<p class=MsoNormal>OSLO, 2 December 2025 – Fjordkraft Energi today announced three new wind farms in Norway.</p>"
                + "<p class=MsoNormal>The farms will be built by 2030.</p><p class=MsoNormal>###</p>"
                + "<p class=MsoNormal>About Fjordkraft Energi</p><p class=MsoNormal>Fjordkraft Energi supplies power to 900,000 homes.</p>"
                + "</div></body></html>", "release.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("Fjordkraft Energi");
        assertThat(allText(a)).doesNotContain("900,000 homes").doesNotContain("FOR IMMEDIATE RELEASE");
    }

    @Test
    void shouldStopTheTextWhenAPlainTextReleaseEndsWithItsMark() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n-ENDS-\n\nNotes to editors\n\nHarbour Trust runs four marinas.");
        assertThat(allText(a)).doesNotContain("four marinas");
    }

    @Test
    void shouldReadTheTypeWhenAJsonLdDocumentIsTheInput() {
        Article a = file("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"" + HEADLINE + "\","
                + " \"articleBody\": \"The council voted on Tuesday.\"}", "story.json");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        Article opinion = file("{\"@type\": \"OpinionNewsArticle\", \"headline\": \"" + HEADLINE + "\", \"articleBody\": \"We disagree.\"}",
                "op.json");
        assertThat(opinion.getArticleType()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldReadTheChannelAndDropItsPleasWhenAMessagingChannelsPostIsPasted() {
        Article a = parse("Harbour Dispatch 🇳🇴\n\n🔴 " + HEADLINE + "\n\n" + BODY + "\n\n👉 Subscribe: t.me/harbourdispatch\n"
                + "👀 8.1K · Dec 2, 2025, 08:15");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Dispatch");
        assertThat(allText(a)).doesNotContain("t.me").doesNotContain("🔴");
    }

    @Test
    void shouldReadTheWritersDateAndSectionWhenAPageNamesThemInBylAndPdate() {
        Article a = file("<html><head><title>" + HEADLINE + "</title><meta name=\"byl\" content=\"By Ana Ruiz and Tom Berg\">"
                + "<meta name=\"pdate\" content=\"20251202\"><meta name=\"cg\" content=\"climate\"></head><body><main><h1>" + HEADLINE
                + "</h1><p>The council voted on Tuesday to close the bridge to cars.</p><p>The vote was close.</p></main></body></html>",
                "page.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz", "Tom Berg");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T00:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Climate");
    }

    @Test
    void shouldReadTheSectionWhenALineAboveTheHeadlineRepeatsAMenuItem() {
        Article a = parse("Tin Nhanh\nThời sự\nThế giới\nKinh doanh\nGiải trí\n\nKinh doanh\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Kinh doanh");
    }

    @Test
    void shouldNameNoWriterWhenATurkishNewsroomSigns() {
        Article a = parse(HEADLINE + "\n\nHaber Merkezi\n02.12.2025 - 09:10\n\n" + BODY + "\n\nGoogle Haberler'de takip et");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Haber Merkezi").doesNotContain("takip et");
    }
}
