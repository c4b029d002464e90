package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifty-fourth to fifty-sixth held-out rounds (x2157-x2174), property, legal and
 * pharmaceutical trade papers: a stamp with the date before the writer and their desk (lost), a posted stamp with the
 * writer's outlet in brackets under a menu of "QA/QC" (header and stamp lost), a desk's label in sentence case under the
 * menu (no section), an event's ticket plug read as a signature, newsletter boxes, walls and a widget's credit.
 */
class TradePressStampsShapesTest {
    private static final String STORY = "Developers converted a record 14 million square feet of offices this year.\n\n"
            + "Washington, Chicago and New York led the country in conversions.\n\n";

    @Test
    void shouldReadTheWriterWhenTheDateOpensTheStamp() {
        Article a = parse("BISNOW\nNational | Boston | Chicago | Houston | New York\nOffice\n"
                + "Office Conversions Hit Record As Lenders Push Owners To Sell\n"
                + "December 6, 2026 | Jane Roe, Bisnow National\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:00:00Z");
        assertThat(a.getSource()).isEqualTo("Bisnow");
        assertThat(allText(a)).contains("Washington").doesNotContain("Jane Roe");
    }

    @Test
    void shouldReadAPostedStampNamingTheWritersOutletInBracketsUnderAMenuAndTrail() {
        Article a = parse("European Pharmaceutical Review\nAnalysis  Manufacturing  QA/QC  Drug Delivery  Regulation  Webinars\n"
                + "Home » News » Regulation\nEMA adopts new rules on nitrosamine limits\n"
                + "Posted: 6 December 2026 | Jane Roe (European Pharmaceutical Review) | No comments yet\n\n"
                + "The European Medicines Agency has adopted new limits for nitrosamine impurities, replacing guidance in place since 2020.\n\n"
                + "Manufacturers will have two years to comply.\n\n"
                + "Related topics: Regulation, Quality\nRelated organisations: European Medicines Agency (EMA)\n");
        assertThat(a.getTitle()).isEqualTo("EMA adopts new rules on nitrosamine limits");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:00:00Z");
        assertThat(a.getSection()).isEqualTo("Regulation");
        assertThat(allText(a)).contains("two years").doesNotContain("Posted", "Related", "Webinars");
    }

    @Test
    void shouldReadADesksLabelInSentenceCaseUnderTheMenuAsTheSection() {
        Article a = parse("The Lawyer\nNews | Analysis | Opinion | Rankings | Jobs | Events\nLaw firms\n"
                + "Clifford Chance lifts partner pay to £2.4m after record year\n6 December 2026 | By Jane Roe\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Law firms");
        assertThat(a.getTitle()).isEqualTo("Clifford Chance lifts partner pay to £2.4m after record year");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldDropTicketPlugsNewsletterBoxesWallsAndWidgetCredits() {
        Article a = parse("Compass trims agent splits in six markets\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Get Inman's Morning Headlines\nYour daily 5-minute read on the biggest real estate stories.\nSign up\n"
                + "Inman Connect New York — get your ticket today\n"
                + "This article is for subscribers only. Subscribe to The Lawyer for unlimited access.\n"
                + "Write a letter to the editor, share a story tip or update, or report an error.\n"
                + "Get the latest news from Global Legal Post\nRecommended by Spike\n"
                + "Want the latest pharma news and insights? Subscribe to pharmaphorum's newsletter\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isNotEqualTo("get your ticket today");
        assertThat(allText(a)).contains("Washington").doesNotContain("Inman", "5-minute", "subscribers only", "letter to the editor",
                "Global Legal Post", "Spike", "pharma news");
    }
}
