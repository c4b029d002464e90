package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-first held-out round (x2079-x2084), retail trade papers: "An article from"
 * over the topic (the section lost before), "Filed Under:" alone over the categories, a picture's credit, a bare name
 * under the stamp (read as the lead before), newsletter and membership prompts.
 */
class RetailTradePressShapesTest {
    private static final String STORY = "Joann will close all of its remaining 300 stores, the company said in a court filing.\n\n"
            + "Liquidators will begin store closing sales this weekend.\n\n";

    @Test
    void shouldReadTheTopicUnderAnArticleFromAndTheCategoriesUnderTheirLabel() {
        Article a = parse("Retail Dive\nDeep Dive  Opinion  Library  Events  Press Releases  Topics\nAn article from\nStore Closures\n"
                + "Joann to close its remaining 300 stores\nPublished Dec. 6, 2026\nJane Roe\n\n" + STORY
                + "Filed Under:\nCorporate News, Brick-and-Mortar\nGet the free daily newsletter read by industry experts\n");
        assertThat(a.getSection()).isEqualTo("Store Closures");
        assertThat(allText(a)).contains("this weekend").doesNotContain("An article from", "Brick-and-Mortar", "free daily newsletter");
    }

    @Test
    void shouldNotReadAPicturesCreditUnderTheStampAsTheLead() {
        Article a = parse("Why Amazon sellers are stocking up before the tariffs\nBy Jane Roe\nDecember 6, 2026\nIvy Liu\n\n" + STORY
                + "Subscribe to Modern Retail+ for exclusive content, including in-depth reporting.\n"
                + "Already have an account? Sign in here\n");
        assertThat(a.getLead()).startsWith("Joann will close");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).doesNotContain("Ivy Liu", "exclusive content", "Already have");
    }
}
