package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * Shapes met in the fifty-second held-out round (x349-x354), each on other names: a wire story in IPTC's NITF, a
 * site's name heading a menu written one item per line, a newsroom's team signing, a comment box's prompts, and a
 * writer signing with the town the story is written in.
 */
class NitfStoriesAndMenuMastheadsShapesTest {

    private static final String NITF = "<?xml version=\"1.0\"?><nitf><head><title>T</title><docdata>"
            + "<date.issue norm=\"DATE\"/><doc.copyright holder=\"Baltic Wire Service\"/></docdata></head><body><body.head>"
            + "<hedline><hl1>" + HEADLINE + "</hl1><hl2>Three projects wait for new turbines</hl2></hedline>BYLINE"
            + "<dateline><location>RIGA</location></dateline></body.head><body.content><p>The council voted on Tuesday.</p>"
            + "<hl2>What comes next</hl2><p>The bridge closes in May.</p></body.content><body.end><tagline>Editing by Ann Lee"
            + "</tagline></body.end></body></nitf>";

    @Test
    void shouldReadTheStoryWhenAWireDeliversItInNitf() {
        Article a = file(NITF.replace("DATE", "20251202T081500+0200").replace("BYLINE", "<byline>By <person>Liga Ozola</person>"
                + " and <person>Janis Berzins</person></byline>"), "story.xml");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getLead()).isEqualTo("Three projects wait for new turbines");
        assertThat(a.getAuthors()).containsExactly("Liga Ozola", "Janis Berzins");
        assertThat(a.getSource()).isEqualTo("Baltic Wire Service");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T06:15:00Z"));
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.NITF);
        assertThat(allText(a)).contains("What comes next").doesNotContain("Editing by Ann Lee").doesNotContain("RIGA");
    }

    @Test
    void shouldReadTheBylineTextAndADateWithoutATimeWhenNitfHasNoPersonElements() {
        Article a = file(NITF.replace("DATE", "20251202").replace("BYLINE", "<byline>By Liga Ozola, Baltic Wire Service</byline>"),
                "delivery");
        assertThat(a.getAuthors()).containsExactly("Liga Ozola");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T00:00:00Z"));
    }

    @Test
    void shouldRejectTheStoryNamingTheInputWhenNitfHasNoText() {
        String empty = "<nitf><head><title>" + HEADLINE + "</title></head><body><body.content></body.content></body></nitf>";
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(empty.getBytes(StandardCharsets.UTF_8), "empty.xml",
                null, Instant.parse("2026-01-01T12:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().origin()).isEqualTo("empty.xml");
    }

    @Test
    void shouldReadTheSiteWhenItsNameHeadsAMenuWrittenOneItemPerLine() {
        Article a = parse("Valley Ledger\nLocal\nSchools\nSports\nObituaries\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valley Ledger");
    }

    @Test
    void shouldNameNoSiteWhenAMenusOwnFirstItemHeadsIt() {
        assertThat(parse("Home\nLocal\nSchools\nSports\nObituaries\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
        assertThat(parse("Skip Navigation\nLocal\nSchools\nSports\nObituaries\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldNameNoWriterWhenTheOutletsTeamSigns() {
        Article a = parse(HEADLINE + "\n\nPor Equipo Diario Sur\n02 de diciembre de 2025 | 09:10\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Equipo");
    }

    @Test
    void shouldDropTheLinesWhenACommentBoxPromptsUnderTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCommentez cet article\nVoir les commentaires (12)");
        assertThat(allText(a)).doesNotContain("Commentez").doesNotContain("commentaires");
    }

    @Test
    void shouldReadTheWriterWhenANameAndTheTownItIsWrittenInSignTheStory() {
        Article a = parse(HEADLINE + "\n\nAnna Keller, Bern\n02.12.2025, 06.00 Uhr\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Anna Keller");
        assertThat(allText(a)).doesNotContain("Anna Keller, Bern");
    }
}
