package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifth held-out round (x1863-x1868), Vietnamese, Malay, Indonesian, Filipino,
 * Bermudian and Belizean pages: a menu whose items are in sentence case, a capitalised word and a lower-case one, as
 * Vietnamese writes its desks ("Thời sự Thế giới Kinh tế ..."), under the site's name, and the item repeated over the
 * headline as the section; a headline in title case right under the name is no such menu (its "to" and "in").
 */
class SentenceCaseMenusShapesTest {

    @Test
    void shouldTakeTheNameOverAMenuOfSentenceCaseItemsAsTheMastheadAndTheRepeatedItemAsTheSection() {
        Article a = parse("Tin Mới\nThời sự  Thế giới  Kinh tế  Đời sống  Giáo dục  Thể thao\n\nĐời sống\n\nHà Nội mở thêm tuyến buýt điện\n\n"
                + "Minh Anh\n06/12/2026 10:25 GMT+7\n\nSở Giao thông vận tải Hà Nội cho biết sẽ mở thêm tuyến buýt điện.\n\nTuyến dài 20 km.\n");
        assertThat(a.getSource()).isEqualTo("Tin Mới");
        assertThat(a.getSection()).isEqualTo("Đời sống");
        assertThat(a.getTitle()).isEqualTo("Hà Nội mở thêm tuyến buýt điện");
        assertThat(allText(a)).contains("20 km").doesNotContain("Giáo dục");
    }

    @Test
    void shouldKeepATitleCaseHeadlineRightUnderTheName() {
        // (the guard: five capitalised words and two lower-case ones, but "to" and "in" are a sentence's)
        Article a = parse("The Harbour Courier\nCouncil Votes to Expand Bus Service in Town Centre\n\nBy Jane Doe\n\n"
                + "The council voted on Friday to expand the bus service in the town centre.\n\nSix routes will change.\n");
        assertThat(a.getTitle()).isEqualTo("Council Votes to Expand Bus Service in Town Centre");
    }
}
