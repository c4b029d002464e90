package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fifty-seventh held-out round (x379-x384), each on other names: a menu written one item per line
 * that closes by repeating the current section, a skip link or the site's domain among such a menu, a stamp line with
 * the story's categories beside it, an agency named in full over its dateline's short name, and a wire's "==Name" mark.
 */
class MarkedMenusAndAgencyNamesShapesTest {

    @Test
    void shouldReadTheSectionWhenAMenuClosesByRepeatingOneOfItsItems() {
        Article a = parse("Harbour Post\nSkip to main content\nNews\nBusiness\nSport\nCulture\nBusiness\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Post");
    }

    @Test
    void shouldReadTheSectionWhenTheSitesDomainHeadsTheMenu() {
        Article a = parse("lokalzeitung.de\nStartseite\nRegion\nSport\nKultur\nKultur\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Kultur");
    }

    @Test
    void shouldReadTheDateWhenAStampLineListsTheStorysCategories() {
        Article a = parse(HEADLINE + "\n\nPACIFIC WIRE - Mar 3, 2025 - 08:40 | Politics, World\n\n" + BODY);
        assertThat(a.getPublishedAt()).hasToString("2025-03-03T08:40:00Z");
        assertThat(allText(a)).doesNotContain("Politics, World");
    }

    @Test
    void shouldNameTheAgencyInFullWhenTheMastheadWritesWhatTheDatelineShortens() {
        Article a = parse("Pacific Wire News Agency\nSkip to main content\nNation\nWorld\nBusiness\nSports\n\n" + HEADLINE + "\n\n"
                + "SUVA, March 3 (Pacific Wire) -- " + BODY);
        assertThat(a.getSource()).isEqualTo("Pacific Wire News Agency");
    }

    @Test
    void shouldCloseTheTextWhenAWireSignsOffWithItsNameAfterEqualsSigns() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n==Pacific Wire\n\nRelated coverage: ferries");
        assertThat(allText(a)).doesNotContain("==Pacific").doesNotContain("Related coverage");
    }
}
