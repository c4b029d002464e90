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
import io.newsflow.avro.BlockKind;

/**
 * Shapes met in the thirty-ninth held-out round (x271-x276), each on other names: a content
 * system's JSON with a list of typed blocks, a masthead over one section label, two capitals over a
 * section, a one-word site the page signs with below, pleas for support, a domain sign-off and a
 * feed item signed by its outlet.
 */
class StructuredBlocksAndMastheadsShapesTest {
    @Test
    void shouldReadTheTextBlocksAndNestedFieldsWhenAJsonArticleListsItsBodyAsBlocks() {
        Article a = file("{\"headlines\": {\"basic\": \"" + HEADLINE + "\"}, \"credits\": {\"by\": [{\"name\": \"Ana Lima\"}]},"
                + " \"taxonomy\": {\"primary_section\": {\"name\": \"Ports\"}}, \"display_date\": \"2025-12-01T10:00:00Z\","
                + " \"content_elements\": [{\"type\": \"text\", \"content\": \"The board approved the terminal & its berth.\"},"
                + " {\"type\": \"image\", \"caption\": \"A crane. Photo: Port board\"}, {\"type\": \"header\", \"content\": \"Next steps\"},"
                + " {\"type\": \"text\", \"content\": \"Work starts in <b>March</b>.\"}, {\"type\": \"raw_html\", \"content\": \"<div>Sign up</div>\"}]}",
                "story.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Lima");
        assertThat(a.getSection()).isEqualTo("Ports");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-01T10:00:00Z"));
        assertThat(a.getBody()).extracting(b -> b.getText()).containsExactly("The board approved the terminal & its berth.",
                "Next steps", "Work starts in March.");
        assertThat(a.getBody().get(1).getKind()).isEqualTo(BlockKind.HEADING);
        assertThat(allText(a)).doesNotContain("Photo").doesNotContain("Sign up");
    }

    @Test
    void shouldReadTheSectionWhenOneLabelStandsUnderTheSitesName() {
        Article a = parse("The Valley Times\nRegion & the World\n\n" + HEADLINE + "\n\nBy Dana Ortiz\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Valley Times");
        assertThat(a.getSection()).isEqualTo("Region & the World");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        // a related label under the site's name is the story's section, not a rail
        Article top = parse("DAILY POST\nTop News\n\n" + HEADLINE + "\n\nA standfirst that says more about the terminal.\n\n"
                + "By Dana Ortiz\n\n" + BODY);
        assertThat(top.getTitle()).isEqualTo(HEADLINE);
        assertThat(top.getSection()).isEqualTo("Top News");
    }

    @Test
    void shouldReadTwoCapitalsAsTheSiteWhenTheyStandOverASectionAndNameNoCountry() {
        assertThat(parse("FT\nMarkets\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isEqualTo("FT");
        assertThat(parse("UK\nPolitics\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldReadAOneWordSiteOverItsSectionWhenThePageSignsWithItBelow() {
        Article a = parse("Harbourline\nNation\n\n" + HEADLINE + "\n\n" + BODY + "\n\n– Harbourline.com");
        assertThat(a.getSource()).isEqualTo("Harbourline");
        assertThat(a.getSection()).isEqualTo("Nation");
        assertThat(allText(a)).doesNotContain("Harbourline.com");
        // a listed place stays a crumb (since x463-x468 any other one word over one listed section is the site's name,
        // signed with below or not: "Clarín" / "Sociedad")
        assertThat(parse("Scotland\nPolitics\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldDropPleasForSupportAndButtonsWhenThePageCarriesThem() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nSupport HARBOUR POST's journalism of integrity\n"
                + "Good journalism costs a lot of money.\n\nTEXT AD: Call Sam - +2348000000000\n\nBecome a Harbour+ member\n\n"
                + "Kopiera länk\nAdd a comment\n\nRead more about:\nPorts, Shipping");
        assertThat(allText(a)).doesNotContain("Support").doesNotContain("journalism costs").doesNotContain("TEXT AD")
                .doesNotContain("member").doesNotContain("Kopiera").doesNotContain("comment").doesNotContain("Read more about")
                .doesNotContain("Shipping");
    }

    @Test
    void shouldNameNoWriterWhenAFeedItemIsSignedByItsOutlet() {
        Article a = file("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Radio | News in Welsh</title><id>tag:hr,2025:1</id><updated>2025-12-01T10:00:00Z</updated>"
                + "<entry><title>" + HEADLINE + "</title><id>tag:hr,2025:2</id><published>2025-12-01T10:00:00Z</published>"
                + "<updated>2025-12-01T10:00:00Z</updated><author><name>Harbour Radio</name></author>"
                + "<content type=\"html\">&lt;p&gt;" + BODY.replace("\n\n", " ") + "&lt;/p&gt;</content></entry></feed>", "f.atom");
        assertThat(a.getSource()).isEqualTo("Harbour Radio");
        assertThat(a.getAuthors()).isEmpty();
    }
}
