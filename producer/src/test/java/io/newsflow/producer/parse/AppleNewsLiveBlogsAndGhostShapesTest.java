package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fifty-third held-out round (x355-x360), each on other names: Apple News Format, a live blog whose
 * updates are articles inside the page's, Ghost's Content API, an Indonesian byline with its editor's credit and
 * related links, Slovak share buttons, a writer's name then the day, and a site's name shouted over its menu but
 * written in natural case beside the date.
 */
class AppleNewsLiveBlogsAndGhostShapesTest {

    @Test
    void shouldReadTheStoryWhenItComesInAppleNewsFormat() {
        Article a = file("{\"version\": \"1.7\", \"identifier\": \"x\", \"title\": \"" + HEADLINE + "\", \"metadata\": {\"authors\":"
                + " [\"Mira Olsen\"], \"datePublished\": \"2025-12-02T08:00:00Z\", \"excerpt\": \"Three projects wait.\"},"
                + " \"components\": [{\"role\": \"title\", \"text\": \"" + HEADLINE + "\"}, {\"role\": \"byline\", \"text\":"
                + " \"By Mira Olsen | Harbour Weekly\"}, {\"role\": \"caption\", \"text\": \"A crane at dawn.\"}, {\"role\": \"body\","
                + " \"format\": \"html\", \"text\": \"<p>The council voted on Tuesday.</p>\"}, {\"role\": \"heading2\", \"text\":"
                + " \"What comes next\"}, {\"role\": \"body\", \"text\": \"The bridge closes in May.\"}]}", "story.json");
        assertThat(a.getAuthors()).containsExactly("Mira Olsen");
        assertThat(a.getSource()).isEqualTo("Harbour Weekly");
        assertThat(a.getLead()).isEqualTo("Three projects wait.");
        assertThat(a.getPublishedAt()).isNotNull();
        assertThat(allText(a)).contains("What comes next", "The bridge closes in May.").doesNotContain("A crane at dawn.");
    }

    @Test
    void shouldKeepEveryUpdateWhenALiveBlogsUpdatesAreArticlesInsideThePage() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><main><h1>" + HEADLINE + "</h1>"
                + "<article class=\"update\"><h2>Roads closed</h2><p>The coast road is closed at Porthcawl.</p></article>"
                + "<article class=\"update\"><h2>Good morning</h2><p>Welcome to our live coverage of the storm.</p></article>"
                + "</main></body></html>", "live.html");
        assertThat(allText(a)).contains("The coast road is closed at Porthcawl.", "Welcome to our live coverage of the storm.");
    }

    @Test
    void shouldDropTheTeaserWhenAnArticleInsideTheStoryIsAnotherStorys() {
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1><p>The council voted on Tuesday to close the bridge.</p>"
                + "<p>The vote was close.</p><article><p>Another town opens a ferry.</p></article></article></body></html>", "page.html");
        assertThat(allText(a)).contains("The vote was close.").doesNotContain("Another town opens a ferry.");
    }

    @Test
    void shouldReadTheWriterAndSectionWhenGhostsContentApiGivesThePost() {
        Article a = file("{\"posts\": [{\"title\": \"" + HEADLINE + "\", \"html\": \"<p>The council voted on Tuesday.</p>\","
                + " \"published_at\": \"2025-12-02T08:00:00.000-06:00\", \"primary_author\": {\"name\": \"Lena Brandt\"},"
                + " \"primary_tag\": {\"name\": \"Politics\"}}], \"meta\": {\"pagination\": {\"page\": 1}}}", "ghost.json");
        assertThat(a.getAuthors()).containsExactly("Lena Brandt");
        assertThat(a.getSection()).isEqualTo("Politics");
    }

    @Test
    void shouldReadTheWriterAndDropTheCreditsWhenAnIndonesianPageSignsIt() {
        Article a = parse(HEADLINE + "\n\nPenulis: Rina Wulandari\nEditor: Agus Prasetyo\n\n" + BODY
                + "\n\nBaca juga: Harga beras naik lagi\n\nThe works start in May.");
        assertThat(a.getAuthors()).containsExactly("Rina Wulandari");
        assertThat(allText(a)).doesNotContain("Agus Prasetyo").doesNotContain("Harga beras");
    }

    @Test
    void shouldDropTheButtonsWhenASlovakPageShowsThem() {
        Article a = parse(HEADLINE + "\n\nZdieľať\nUložiť\nKomentáre (3)\n\n" + BODY);
        assertThat(allText(a)).doesNotContain("Zdieľať").doesNotContain("Uložiť").doesNotContain("Komentáre");
    }

    @Test
    void shouldReadTheWriterAndDateWhenANameIsFollowedByTheDay() {
        Article a = parse(HEADLINE + "\n\nAmr Kandil , Tuesday 2 Dec 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Amr Kandil");
        assertThat(a.getPublishedAt()).isNotNull();
    }

    @Test
    void shouldWriteTheSiteInNaturalCaseWhenTheTextWritesItSoBesideTheDate() {
        Article a = parse("DETIK.com\nNews\nFinance\nSport\nTravel\n\n" + HEADLINE + "\n\n02/12/2025, 08:00 WIB | Detik.com\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Detik.com");
    }
}
