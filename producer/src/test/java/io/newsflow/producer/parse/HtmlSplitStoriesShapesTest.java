package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-sixth held-out round (x2707-x2712), HTML stories whose text is split or stands
 * where the container rules did not look, each losing part of the story or all of it: a text in two containers of one
 * class around an ad, its opening in the article's own header, chapters in sections without a class, and a story shorter
 * than the excerpt of another story's card in an {@code article} of its own.
 */
class HtmlSplitStoriesShapesTest {
    private static final String ONE = "Driverless shuttle buses will carry passengers between Norwich station and the city centre in a trial.";
    private static final String TWO = "Two electric shuttles, each seating 14 people, will run every 15 minutes with a steward on board.";
    private static final String THREE = "Norfolk County Council said the trial would test how the vehicles cope with narrow streets.";

    private static Article page(String body) {
        return file("<html><head><title>Norwich to trial driverless buses</title></head><body>" + body + "</body></html>", "page.html");
    }

    private static String[] text(Article article) {
        return article.getBody().stream().map(BodyBlock::getText).toArray(String[]::new);
    }

    /** The round's own page: the shapes' lengths matter here (the densest block's threshold), so the test reads it whole. */
    private static Article corpusPage(String name) throws IOException {
        try (InputStream in = HtmlSplitStoriesShapesTest.class.getResourceAsStream("/corpus/" + name)) {
            return file(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    @Test
    void shouldReadBothPartsWhenTheTextStandsInTwoContainersOfOneClassAroundAnAd() throws IOException {
        assertThat(text(corpusPage("x2707-html-split-body-containers.html"))).hasSize(4)
                .contains("Fares will be free during the trial, which is funded by a £2.1 million government grant.");
    }

    @Test
    void shouldReadEveryChapterWhenTheyAreSectionsWithoutAClass() throws IOException {
        assertThat(text(corpusPage("x2710-html-unclassed-sections.html"))).hasSize(8)
                .contains("Halifax Transit now expects the first boats to sail in the spring of 2028, taking 20 minutes to reach downtown.");
    }

    @Test
    void shouldTakeTheOpeningInTheArticlesOwnHeaderAsTheLead() {
        Article article = page("<article><header><h1>Norwich to trial driverless buses</h1><p class=\"byline\">By Oliver Grant</p><p>" + ONE
                + "</p></header><div class=\"content\"><p>" + TWO + "</p><p>" + THREE + "</p></div></article>");

        assertThat(article.getLead()).isEqualTo(ONE);
    }

    @Test
    void shouldReadTheHeadlinesArticleWhenAnotherStorysCardHoldsMoreText() {
        Article article = page("<article><h1>Norwich to trial driverless buses</h1><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE
                + "</p></article><section class=\"more-stories\"><article class=\"card\"><h3><a href=\"/x\">Why Ipswich's bus lanes are late"
                + "</a></h3><p>The bus lanes on the Woodbridge Road were meant to open this year, but a dispute over drains has pushed the "
                + "opening back to at least the spring of 2028, officials said.</p><p>Contractors blame late design changes; the council "
                + "says the contractors were slow to start, and both sides have hired lawyers.</p></article></section>");

        assertThat(text(article)).containsExactly(ONE, TWO, THREE);
    }
}
