package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-third held-out round (x2571-x2576): Manx, Cornish, Scots, Low German,
 * Kashubian and Lower Sorbian. Two shapes lost a paragraph, in English too: an inline byline whose paper's name opens
 * with "An" or "A" (read as a company's "a division of ..." and cut, the rest taken for a signature), and a closing
 * paragraph opening with a name and a full stop. Months (Manx's of several words), labels, roots, a reading time.
 */
class CelticGermanicAndSlavicMinorityPressShapesTest {
    private static final String STORY = "Ta lioarlann noa er ve fosley ayns Doolish Jelune.\n\nTa 5,000 lioar ayns y lioarlann.\n\n";

    @Test
    void shouldKeepAnInlineBylinesParagraphWhenItsPapersNameOpensWithAnArticle() {
        for (String paper : new String[] {"An Gannas", "A New Day"}) {
            Article a = parse("The council opens a library\n\nA new library opened in the town centre, with books for children   \nTom REED, " + paper + ": The council opened a new library on Monday in the "
                    + "town centre. It holds 4,000 books for children and adults, and the mayor said it was long overdue.\n");
            assertThat(a.getAuthors()).as(paper).containsExactly("Tom Reed");
            assertThat(a.getSource()).as(paper).isEqualTo(paper);
            assertThat(allText(a)).as(paper).contains("It holds 4,000 books for children and adults");
        }
    }

    @Test
    void shouldKeepAClosingParagraphThatOpensWithANameAndAFullStop() {
        Article a = parse("Dockers strike at the main terminal\n\nDockers walked out on Monday morning.\n\nShips queued outside the port.\n\n"
                + "Maria Lopez. The union says the new machines will cost hundreds of jobs and the port must now decide whether to appeal.\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("The union says the new machines will cost hundreds of jobs");
    }

    @Test
    void shouldReadManxCornishAndKashubianMonths() {
        String[][] dates = {{"7 Mee ny Nollick 2026", "2026-12-07"}, {"14 Jerrey Souree 2026", "2026-07-14"}, {"7 mis Kevardhu 2026", "2026-12-07"},
            {"7 gòdnika 2026", "2026-12-07"}, {"2 lëstopadnika 2026", "2026-11-02"}};
        for (String[] date : dates) {
            assertThat(parse("Lioarlann noa fosley ayns Doolish\n" + date[0] + "\n\n" + STORY).getPublishedAt()).as(date[0])
                    .isEqualTo(Instant.parse(date[1] + "T00:00:00Z"));
        }
    }

    @Test
    void shouldReadTheirBylineLabels() {
        for (String byline : new String[] {"Screeuit liorish Juan Kermode", "Napisała: Juan Kermode", "Pisała: Juan Kermode"}) {
            Article a = parse("Lioarlann noa fosley ayns Doolish\n" + byline + "\n07.12.2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Juan Kermode");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 6));
        }
    }

    @Test
    void shouldReadTheirNewsRootsAndCornishsHome() {
        for (String trail : new String[] {"Naight > Spoyrt", "Tre / Nowodhow / Spoyrt", "Narichten > Spoyrt", "Powěsći › Spoyrt", "Nowinë / Spoyrt"}) {
            Article a = parse("Pabyr\n\n" + trail + "\n\nLioarlann noa fosley ayns Doolish\n\n" + STORY);
            assertThat(a.getSection()).as(trail).isEqualTo("Spoyrt");
            assertThat(a.getArticleType()).as(trail).isEqualTo(ArticleType.NEWS);
        }
    }

    @Test
    void shouldReadALowGermanOrNordicReadingTimeInTheStampAsNoOutlet() {
        for (String time : new String[] {"3 Minuten Lesetied", "3 min lesetid"}) {
            Article a = parse("NDR Plattdüütsch\nNarichten | Kultuur | Platt lehren\nNarichten > Kultuur\nNee Bökeree in Kiel apen\nVun Hannes Thiessen · 07.12.2026 · "
                    + time + "\n\nIn Kiel hett an'n Maandag en nee Bökeree apenmaakt.\n\nDe Lüüd freut sik bannig.\n");
            assertThat(a.getSource()).as(time).isEqualTo("NDR Plattdüütsch");
            assertThat(allText(a)).as(time).doesNotContain(time);
        }
    }
}
