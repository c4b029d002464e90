package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;

/** Every plain-text shape listed for scraped articles, each in its own small input. */
class TextShapesTest {
    private static final Instant INGESTED = Instant.parse("2026-01-01T12:00:00Z");
    private static final String BODY = "The council voted on Tuesday to close the old bridge to cars, a decision that split the town.\n\n"
            + "Traders said the closure would cost them customers, while cyclists welcomed it.";

    static Article parse(String text) {
        List<ParseOutcome> out = new ArticleParser().parse(InputDocument.ofText(text, "test.txt", null, INGESTED));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    /** One file's article (HTML, JSON, a feed: the format is told by the name and the content). */
    static Article file(String content, String name) {
        List<ParseOutcome> out = outcomes(content, name);
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    /** Every outcome of one file (a feed's items, a mailbox's messages, an API answer's records), in its order. */
    static List<ParseOutcome> outcomes(String content, String name) {
        return new ArticleParser().parse(new InputDocument(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), name, null, INGESTED));
    }

    static String allText(Article a) {
        return a.getTitle() + "\n" + a.getLead() + "\n" + String.join("\n", a.getBody().stream().map(BodyBlock::getText).toList());
    }

    @Test
    void shouldDropWidgetLineAndKeepItsDateWhenFirstLineIsFontSizeJunk() {
        Article a = parse(" date 2024-10-07 + ↺ − 16 px\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-10-07T00:00:00Z"));
        assertThat(a.getPublishedAtProvenance()).isEqualTo(TimeProvenance.TEXT);
        assertThat(a.getTitleDerived()).isTrue();
        assertThat(allText(a)).doesNotContain("16 px").doesNotContain("↺");
        assertThat(a.getPublishedAtText()).isEqualTo("date 2024-10-07");
        assertThat(a.toString()).as("no field keeps the widget junk").doesNotContain("16 px").doesNotContain("↺");
        assertThat(a.getTitle()).isEqualTo("The council voted on Tuesday to close the old bridge to cars");
    }

    @Test
    void shouldReadPublishedNotUpdatedWhenShareBarAndDateLineLead() {
        Article a = parse("Share | Tweet | Print | A A A\nPublished 08.10.2024 09:14 | Updated 08.10.2024 11:02\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-10-08T09:14:00Z"));
        assertThat(allText(a)).doesNotContain("Share | Tweet").doesNotContain("A A A").doesNotContain("Updated");
        assertThat(a.getPublishedAtText()).isEqualTo("Published 08.10.2024 09:14");
    }

    @Test
    void shouldReadEditorsNoteWhenItNamesAuthorOutletAndOpinion() {
        Article a = parse("Editor's note: Marta Kowalczyk is a senior fellow at the Baltic Maritime Policy Centre. The article "
                + "expresses the personal opinion of the author and may not coincide with the view of Portline.Info.\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Marta Kowalczyk");
        assertThat(a.getSource()).isEqualTo("Portline.Info");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getEditorsNote()).startsWith("Editor's note:");
        assertThat(allText(a)).doesNotContain("Editor's note");
    }

    @Test
    void shouldTakeTitleAndSectionWhenTitleLineIsFollowedByBreadcrumb() {
        Article a = parse("Bridge Closes to Cars\n\nHome / Local / Bridge Closes to Cars\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Bridge Closes to Cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(allText(a)).doesNotContain("Home / Local");
    }

    @Test
    void shouldStripTrailingSpacesWhenTheStandfirstHasThem() {
        Article a = parse("Bridge Closes to Cars\n\nA long-running row over traffic ends with a vote   \n" + BODY);
        assertThat(a.getLead()).isEqualTo("A long-running row over traffic ends with a vote");
    }

    @Test
    void shouldTakeAuthorAndOutletWhenAnInlineBylineOpensTheBody() {
        Article a = parse("Bridge Closes to Cars\n\nÉlodie MARCHETTI, TechLedger: " + BODY);
        assertThat(a.getAuthors()).containsExactly("Élodie Marchetti");
        assertThat(a.getSource()).isEqualTo("TechLedger");
        assertThat(allText(a)).doesNotContain("MARCHETTI");
    }

    @Test
    void shouldKeepHeadingsApartWhenShortLinesWithoutFinalPunctuation() {
        Article a = parse("Bridge Closes to Cars\n\n" + BODY + "\n\nWhat comes next\n\nA second vote is due in spring, the mayor said.");
        assertThat(a.getBody()).extracting(BodyBlock::getKind).contains(BlockKind.HEADING);
        assertThat(a.getBody().stream().filter(b -> b.getKind() == BlockKind.HEADING).map(BodyBlock::getText)).containsExactly("What comes next");
    }

    @Test
    void shouldReadOutletWhenSignatureOrRepublicationNoticeCloses() {
        assertThat(parse("Bridge Closes to Cars\n\n" + BODY + "\n\nPortline.Info\n").getSource()).isEqualTo("Portline.Info");
        Article a = parse("Bridge Closes to Cars\n\n" + BODY + "\n\nThis article was first published by Portline.Info and is republished with permission.\n");
        assertThat(a.getSource()).isEqualTo("Portline.Info");
        assertThat(allText(a)).doesNotContain("republished");
    }

    @Test
    void shouldKeepAVeryLongSingleParagraphWhole() {
        String longParagraph = "The harbour reopened on Monday. ".repeat(200).strip();
        Article a = parse("Harbour Reopens\n\n" + longParagraph);
        assertThat(a.getLead()).isNull();
        assertThat(a.getBody()).hasSize(1);
        assertThat(a.getBody().get(0).getText()).isEqualTo(longParagraph);
    }

    @Test
    void shouldKeepCurlyQuotesAndNonAsciiLettersWhenPresent() {
        Article a = parse("Türkiye’s “Bold” Move\n\n" + "Élodie said “yes” — and Türkiye agreed. More followed.\n\nA second paragraph.");
        assertThat(a.getTitle()).isEqualTo("Türkiye’s “Bold” Move");
        assertThat(a.getLead()).contains("“yes” — and Türkiye");
    }

    @Test
    void shouldLeavePublishedAtNullAndKeepIngestTimeWhenNoDateAppears() {
        Article a = parse("Bridge Closes to Cars\n\n" + BODY);
        assertThat(a.getPublishedAt()).isNull();
        assertThat(a.getPublishedAtProvenance()).isEqualTo(TimeProvenance.UNKNOWN);
        assertThat(a.getIngestedAt()).isEqualTo(INGESTED);
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void shouldGiveTheSameIdWhenTheSameArticleHasADifferentWrapper() {
        Article original = parse("Bridge Closes to Cars\n\nHome / Local / Bridge Closes to Cars\n" + BODY + "\n\nTown Post\n");
        Article mirror = parse("Local | Town Post\nBridge Closes to Cars\n\n\n" + BODY + "    \n\nRead more: Traffic, Bridges\n");
        assertThat(mirror.getArticleId()).isEqualTo(original.getArticleId());
        Article edited = parse("Bridge Closes to Cars\n\n" + BODY.replace("split the town", "divided the town") + "\n\nTown Post\n");
        assertThat(edited.getArticleId()).isNotEqualTo(original.getArticleId());
    }

    @Test
    void shouldRemoveCookieRelatedAndCaptionLinesWhenInsideTheBody() {
        Article a = parse("We use cookies to improve your experience. Accept all\nBridge Closes to Cars\n\n" + BODY
                + "\n\nRelated: Town budget approved\n\nThe bridge at dusk. (Photo: Ana Lima/Reuters)\n\nTags: Traffic, Bridges\n\nThe mayor said the vote was final.");
        assertThat(allText(a)).doesNotContain("cookies").doesNotContain("Related:").doesNotContain("Photo:").doesNotContain("Tags:");
        assertThat(a.getTitle()).isEqualTo("Bridge Closes to Cars");
    }

    @Test
    void shouldDropMarkdownMarkupWhenTheTextIsAMarkdownExport() {
        Article a = parse("# Bridge Closes to Cars\n\n*By Jane Doe* | 2024-05-01\n\n" + BODY + "\n\n## What comes next\n\nA second vote is due in spring.");
        assertThat(a.getTitle()).isEqualTo("Bridge Closes to Cars");
        assertThat(a.getAuthors()).containsExactly("Jane Doe");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(a.getBody()).extracting(BodyBlock::getKind).contains(BlockKind.HEADING);
        assertThat(allText(a)).doesNotContain("#").doesNotContain("*");
    }
}
