package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twenty-ninth held-out round (x811-x816), on other pages: an outlet's statements about
 * itself and a bar of its links inside the story, paragraphs ending in another script's full stop before a closing
 * date line (which had made the first paragraph the headline), "see also" in Albanian, Armenian and Irish, and a
 * Russian "all news" link.
 */
class OutletStatementsAndOtherFullStopsShapesTest {

    @Test
    void shouldDropAnOutletsStatementsAndItsLinkBarWhenTheyStandInsideTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY
                + "\n\nSupport HKFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter  |  Apps"
                + "\n\nHKFP is an impartial platform & does not necessarily share the views of opinion writers or advertisers."
                + "\n\nHelp safeguard press freedom & keep HKFP free for all readers by supporting our team");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Support HKFP", "impartial", "safeguard");
    }

    @Test
    void shouldKeepTheHeadlineWhenParagraphsEndInArmeniansFullStopAndADateLineFollowsThem() {
        Article a = parse("Տնտեսություն\n\nԵրևանում կկառուցվի մետրոյի նոր կայարան\n\n"
                + "Երևանի քաղաքապետարանը հայտարարել է նոր կայարանի կառուցման մրցույթ։\n\n"
                + "Քաղաքապետի խոսքով՝ կայարանը կբացվի 2029 թվականին։\n\n05.12.2026 11:20");
        assertThat(a.getTitle()).isEqualTo("Երևանում կկառուցվի մետրոյի նոր կայարան");
        assertThat(allText(a)).contains("մրցույթ։", "թվականին։");
    }

    @Test
    void shouldDropSeeAlsoBlocksWhenTheyAreInAlbanianArmenianOrIrish() {
        Article albanian = parse(HEADLINE + "\n\n" + BODY + "\n\nLexo edhe:\nKosova dhe Shqipëria marrëveshje për hekurudhën");
        Article armenian = parse(HEADLINE + "\n\n" + BODY + "\n\nԿարդացեք նաև\nԳյումրիում կվերականգնվի տրամվայը");
        Article irish = parse(HEADLINE + "\n\n" + BODY + "\n\nTuilleadh scéalta\nOscailt oifigiúil do scoil nua");
        Article russian = parse(HEADLINE + "\n\n" + BODY + "\n\nЧитать все новости");
        assertThat(allText(albanian)).doesNotContain("Lexo", "Shqipëria");
        assertThat(allText(armenian)).doesNotContain("Կարդացեք", "Գյումրիում");
        assertThat(allText(irish)).doesNotContain("Tuilleadh", "Oscailt");
        assertThat(allText(russian)).doesNotContain("Читать");
    }
}
