package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-eighth held-out round (x2599-x2604), English pages built around traps: an
 * interview's speakers as labels, a photo's credit, a bulleted list, a wire's closing credits, two writers over two
 * stamps, a summary's points over the text. Every field came out right; the list's items, each on a line of its own and
 * each long enough to pass for a wrapped line, were run together into one paragraph.
 */
class EnglishPageTrapsShapesTest {
    private static final String PAGE = "Prairie Courier\nFarm\nCanola growers face a third dry season\nBy Dale Henning\n"
            + "Dec. 5, 2026\n\nFarmers across southern Saskatchewan are heading into a third straight season with dry soil.\n\n"
            + "The report found:\n\n%s\n\nKen Sorensen said he would plant more lentils next year.\n";

    @Test
    void shouldKeepEachItemOfAListAParagraphWhenItsLinesAreAsLongAsWrappedOnes() {
        for (String bullet : new String[] {"•", "-", "–", "▪", "1."}) {
            List<String> items = List.of(bullet + " 62 per cent of cropland short of topsoil moisture",
                    bullet + " hay yields down by a quarter from the five-year average",
                    bullet + " pasture conditions rated poor in 14 municipalities");
            Article a = parse(PAGE.formatted(String.join("\n", items)));
            assertThat(a.getBody()).extracting(BodyBlock::getText).as(bullet).containsSubsequence(items);
        }
    }

    @Test
    void shouldStillJoinAParagraphHardWrappedMidSentence() {
        Article a = parse(PAGE.formatted("Farmers said the dry autumn had left the soil too hard to seed and that\n"
                + "many would wait for the spring rains before deciding what to plant on\nthe fields they had left fallow."));
        assertThat(a.getBody()).extracting(BodyBlock::getText).contains("Farmers said the dry autumn had left the soil too hard to seed "
                + "and that many would wait for the spring rains before deciding what to plant on the fields they had left fallow.");
    }
}
