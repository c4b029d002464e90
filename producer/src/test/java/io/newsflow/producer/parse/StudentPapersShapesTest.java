package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.ArticleType;
import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-nineteenth held-out round (x1947-x1952), student papers: a type's label over the
 * headline in one block with the date, scraped without blank lines ("Analysis" / the headline / "By Mia Tran" / the
 * date), and an editorial board's byline ("By The Ubyssey Editorial Board").
 */
class StudentPapersShapesTest {

    @Test
    void shouldReadATypeLabelOverTheHeadlineAsTheSectionWhenTheStampsBlockHoldsIt() {
        Article a = parse("Campus Courier\nNews  Analysis  Culture  Features  Opinion  Sport\nAnalysis\n"
                + "Why the student travel card still leaves out part-time students\nBy Jane Roe\nDecember 4, 2026\n\n"
                + "Part-time students still pay full fares on the city's buses.\n\nThe council says a change would cost too much.\n");
        assertThat(a.getSection()).isEqualTo("Analysis");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
    }

    @Test
    void shouldReadAnEditorialBoardsBylineAsNoWriter() {
        Article a = parse("Editorial: The bus pass is worth every cent\nBy The Gargoyle Editorial Board\nDecember 4, 2026\n\n"
                + "The bus pass fee will rise next year.\n\nIt is still the best deal on campus.\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead()).isEqualTo("The bus pass fee will rise next year.");
        assertThat(allText(a)).doesNotContain("Editorial Board");
    }
}
