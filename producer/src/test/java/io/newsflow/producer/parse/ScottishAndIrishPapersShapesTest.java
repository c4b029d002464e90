package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-sixteenth held-out round (x1929-x1934), Irish and Scottish regional papers: a
 * two-crumb trail under the news root whose section joins two names with an ampersand ("News / Aberdeen &
 * Aberdeenshire").
 */
class ScottishAndIrishPapersShapesTest {

    @Test
    void shouldReadASectionJoiningTwoNamesWithAnAmpersandUnderTheNewsRoot() {
        Article a = parse("Highland News\nNews  Sport  Business  Politics\nNews / Moray & Nairn\n\nElgin bus station to close for repairs in January\n\n"
                + "By Jane Roe\nDecember 6 2026, 7.30am\n\nThe council will close Elgin bus station for repairs.\n\nIt will reopen in March.\n");
        assertThat(a.getSection()).isEqualTo("Moray & Nairn");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
