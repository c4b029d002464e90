package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-ninth held-out round (x1707-x1712), on other inputs: a dataset of articles
 * as a CSV or TSV table; a site's pointers to its other pages and its members' plea (La Presse's "Lisez « ... »", the
 * Spinoff's "Members" box and "Keep going!").
 */
class CsvDatasetsAndSitePointersShapesTest {
    private static final String QUOTED_BODY = "\"" + BODY.replace("\"", "\"\"") + "\"";

    private static Article article(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).article();
    }

    @Test
    void shouldReadEachRowOfACsvDatasetAsAnArticle() {
        List<ParseOutcome> out = outcomes("id,title,publication,author,date,url,content\n"
                + "1,\"Old bridge closes to cars, for good\",Valley Courier,Marta Ruiz,2026-12-04,https://paper.test/bridge," + QUOTED_BODY + "\n"
                + "2,Ferry fares rise in January,Valley Courier,,2026-12-05,," + QUOTED_BODY + "\n", "articles.csv");
        assertThat(out).hasSize(2);
        Article first = article(out.get(0));
        assertThat(first.getTitle()).isEqualTo("Old bridge closes to cars, for good");
        assertThat(first.getAuthors()).containsExactly("Marta Ruiz");
        assertThat(first.getSource()).isEqualTo("Valley Courier");
        assertThat(first.getPublishedAt()).hasToString("2026-12-04T00:00:00Z");
        assertThat(first.getInputFormat()).isEqualTo(InputFormat.CSV);
        assertThat(allText(first)).contains("split the town", "cyclists welcomed it");
        assertThat(article(out.get(1)).getAuthors()).isEmpty(); // (an empty cell is no field)
    }

    @Test
    void shouldReadATabSeparatedDataset() {
        List<ParseOutcome> out = outcomes("title\tauthor\tdate\tcontent\nOld bridge closes to cars\tMarta Ruiz\t2026-12-04\t"
                + BODY.replace("\n\n", " ") + "\n", "articles.tsv");
        assertThat(article(out.get(0)).getAuthors()).containsExactly("Marta Ruiz");
    }

    @Test
    void shouldRejectATableWithNoRowUnderItsHeader() {
        List<ParseOutcome> out = outcomes("id,title,content\n", "empty.csv");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldKeepTheRowsBeforeARowThatCannotBeReadAndNameIt() {
        List<ParseOutcome> out = outcomes("title,content\nOld bridge closes to cars," + QUOTED_BODY + "\nFerry fares rise,\"an unclosed quote"
                + "\nthat runs to the end", "broken.csv");
        assertThat(article(out.get(0)).getTitle()).isEqualTo("Old bridge closes to cars");
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) out.get(out.size() - 1);
        assertThat(rejected.rejection().code()).isEqualTo(RejectionReason.MALFORMED);
        assertThat(rejected.rejection().reason()).startsWith("row 2:");
    }

    @Test
    void shouldDropASitesPointersToItsPagesAndItsMembersPlea() {
        Article a = parse("La Presse\n\nOld bridge closes to cars\n\n" + BODY + "\n\nLisez « Le REM de l'Est sur la glace »\n\n"
                + "Consultez la section Grand Montréal\n\nCe texte a été publié dans la section Actualités\n\nThe Spinoff Members\n"
                + "Our journalism is supported by members. Join today.\n\nKeep going!\n");
        assertThat(allText(a)).contains("split the town").doesNotContain("Lisez", "Consultez", "Ce texte", "Members", "supported", "Keep going");
    }

    @Test
    void shouldKeepASentenceAboutMembersAndALineOfThemInLowerCase() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nCommittee members\n\nNew members of the board were named on Friday.\n");
        assertThat(allText(a)).contains("Committee members", "New members of the board");
    }
}
