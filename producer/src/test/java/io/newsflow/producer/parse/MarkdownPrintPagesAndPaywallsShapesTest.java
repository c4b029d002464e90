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
 * Shapes met in the fifty-fourth held-out round (x361-x366), each on other names: a Markdown clip, a forwarded
 * newsletter, a printed page's text extracted line by line, a paywalled page whose JSON-LD holds the whole text, an
 * agency credited as a feed item's author, and labelled metadata lines ("WRITER:", "NEWSPAPER SECTION:").
 */
class MarkdownPrintPagesAndPaywallsShapesTest {

    @Test
    void shouldDropTheMarkupWhenAMarkdownClipHasLinksQuotesAndRules() {
        Article a = file("# " + HEADLINE + "\n\n**By Noor Haddad**\n*December 2, 2025 · Valley Record*\n\n"
                + "The council voted on Tuesday, after [a long debate](https://example.org/debate), to close the bridge.\n\n"
                + "> \"We had no choice,\" the mayor said.\n\n---\n\nThe bridge closes in May.", "clip.md");
        assertThat(a.getAuthors()).containsExactly("Noor Haddad");
        assertThat(a.getSource()).isEqualTo("Valley Record");
        assertThat(allText(a)).contains("after a long debate, to close").doesNotContain("](").doesNotContain("> \"")
                .doesNotContain("---");
    }

    @Test
    void shouldReadTheMailHeadersWhenTheNewsletterWasForwarded() {
        Article a = parse("---------- Forwarded message ---------\nFrom: Harbour Weekly <news@harbour.example>\n"
                + "Date: Tue, Dec 2, 2025 at 7:00 AM\nSubject: " + HEADLINE + "\nTo: <me@mail.example>\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Weekly");
        assertThat(allText(a)).doesNotContain("me@mail.example").doesNotContain("Forwarded");
    }

    @Test
    void shouldJoinTheLinesAndBrokenWordsWhenAPrintedPagesColumnWasExtracted() {
        Article a = parse("THE HARBOUR TIMES     Tuesday, December 2, 2025     B1\n\nFerry fares rise sharply\nfor the first time since 2019\n\n"
                + "By Ines Varga\n\nThe ferry company raised fa-\nres by eight percent on Mon-\nday, blaming fuel and wages,\n"
                + "and said more rises could come.\n\nPage B1");
        assertThat(a.getTitle()).isEqualTo("Ferry fares rise sharply for the first time since 2019");
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(a.getPublishedAt()).isNotNull();
        assertThat(allText(a)).contains("raised fares by eight percent on Monday, blaming fuel").doesNotContain("Page B1");
    }

    @Test
    void shouldKeepAMenuAsLinesWhenItsShortItemsStartInCapitals() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nThe council meets again on Friday,\nwhen the budget is due.");
        assertThat(allText(a)).contains("The council meets again on Friday, when the budget is due.");
    }

    @Test
    void shouldReadTheWholeTextWhenAPaywalledPagesJsonLdHoldsIt() {
        Article a = file("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"" + HEADLINE
                + "\", \"articleBody\": \"The council voted on Tuesday to close the bridge. Repairs will cost four million euros."
                + " The ferry will run every hour until May.\"}</script></head><body><article><h1>" + HEADLINE + "</h1>"
                + "<p>The council voted on Tuesday to close the bridge.</p><p>Subscribe to continue reading. Only $1 a week.</p>"
                + "</article></body></html>", "page.html");
        assertThat(allText(a)).contains("The ferry will run every hour until May.").doesNotContain("Subscribe");
    }

    @Test
    void shouldNameNoWriterWhenAFeedItemCreditsAnAgency() {
        Article a = file("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Weekly</title>"
                + "<entry><title>" + HEADLINE + "</title><id>1</id><published>2025-12-02T05:00:00Z</published>"
                + "<author><name>AFP</name></author><content type=\"html\">&lt;p&gt;The council voted on Tuesday.&lt;/p&gt;"
                + "</content></entry></feed>", "feed.atom");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheWriterAndSectionWhenLabelledLinesGiveThem() {
        Article a = parse(HEADLINE + "\n\nPUBLISHED : 2 Dec 2025 at 09:10\nWRITER: Somchai Rattanakul\nNEWSPAPER SECTION: Business\n\n"
                + BODY);
        assertThat(a.getAuthors()).containsExactly("Somchai Rattanakul");
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(allText(a)).doesNotContain("WRITER").doesNotContain("SECTION");
    }
}
