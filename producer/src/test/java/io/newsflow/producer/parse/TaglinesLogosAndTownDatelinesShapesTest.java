package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-first held-out round (x1239-x1244), on other inputs: a site's name and tagline in a
 * block of their own over its menu or trail; a date opening the story with the town in brackets after it; an agency's
 * name written out under its logo, which the dateline credits; the outlet's initials in brackets closing the story; an
 * editor's credit with a role word; GNews's truncation mark; Arc XP's "overline" section.
 */
class TaglinesLogosAndTownDatelinesShapesTest {

    @Test
    void shouldReadTheLineUnderTheNameAsItsTaglineWhenTheirBlockStandsOverTheMenu() {
        Article a = parse("Kilbrannan Tribune\nPlain news and views on the islands\n\nHome\nNews\nPolitics\nOpinion\n\nTransport\n\n"
                + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Kilbrannan Tribune");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(allText(a)).doesNotContain("Plain news");
    }

    @Test
    void shouldTakeTheSitesNameWhenItsBlockWithTheTaglineStandsOverTheTrail() {
        Article a = parse("Club of Kilbrannan\nKilbrannan news and business\n\nHOME / KILBRANNAN / TRANSPORT\n\n" + HEADLINE
                + "\n\nBy Club of Kilbrannan\n30 November 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Club of Kilbrannan");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("By Club");
    }

    @Test
    void shouldDateTheStoryWhenItOpensWithTheDateAndTheTownInBrackets() {
        Article a = parse(HEADLINE + "\n\nNovember 30, 2026 (PORT SUDAN) – " + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void shouldKeepTheAgencysNameWrittenOutUnderItsLogoWhenTheDatelineCreditsTheLogo() {
        Article a = parse("KILNEWS\nAgência Noticiosa de Kilbrannan\n\nNational | Economy | Health | Sports\n\nHealth\n\n" + HEADLINE
                + "\n\nDILI, 30 November 2026 (KILNEWS) – " + BODY);
        assertThat(a.getSource()).isEqualTo("Agência Noticiosa de Kilbrannan");
    }

    @Test
    void shouldDropTheOutletsInitialsInBracketsWhenTheyCloseTheStory() {
        Article a = parse("Kilbrannan Tribune\nHome\nNews\nPolitics\nOpinion\n\n" + HEADLINE + "\n\n" + BODY + "\n\n(KT)");
        assertThat(a.getSource()).isEqualTo("Kilbrannan Tribune");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("(KT)");
    }

    @Test
    void shouldDropAnEditorsCreditWhenARoleWordOpensIt() {
        Article a = parse(HEADLINE + "\n\nBy Filomeno Martins\n\n" + BODY + "\n\nNews Editor: Cancio Ximenes");
        assertThat(allText(a)).doesNotContain("Cancio");
    }

    @Test
    void shouldCutANewsApisTruncationMarkWithoutAPlusSign() {
        Article a = file("{\"articles\": [{\"title\": \"" + HEADLINE + "\", \"content\": \"The council voted on Tuesday to close the old bridge"
                + " to cars... [1874 chars]\", \"publishedAt\": \"2026-11-30T16:20:00Z\", \"source\": {\"name\": \"Kilbrannan News\"}}]}", "gnews.json");
        assertThat(allText(a)).contains("close the old bridge to cars").doesNotContain("chars]");
    }

    @Test
    void shouldReadTheSectionFromTheHeadlinesOverline() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><div class=\"overline\"><a href=\"/news/local/\">"
                + "Local</a></div><h1 class=\"headline\">" + HEADLINE + "</h1>" + HTML_BODY + "</article></body></html>", "story.html");
        assertThat(a.getSection()).isEqualTo("Local");
    }
}
