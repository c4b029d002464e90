package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-ninth held-out round (x691-x696: Denník N, La Presse, El Universo, The Herald of Harare,
 * Vijesti, ERR News), each on other names: share buttons named by their networks alone on a line, under a desk's byline,
 * and related lists under Slovak, French and Montenegrin labels; and a paragraph of capitals tens of thousands of
 * characters long, on which the robustness test's mangled pages, shuffled by the round's new files, overflowed the stack.
 */
class NetworkRowsAndSlavicRelatedLabelsShapesTest {

    @Test
    void shouldReadNoWriterWhenTheNetworksShareButtonsCloseThePage() {
        Article a = parse(HEADLINE + "\n\n12 Mar, 2026 - 08:15\nStaff Reporter\n\n" + BODY + "\n\nFacebook Twitter Email");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead() + a.getBody()).doesNotContain("Facebook");
        // a person named like no network is still a closing signature
        Article signed = parse(HEADLINE + "\n\n12 Mar, 2026 - 08:15\n\n" + BODY + "\n\nTendai Moyo");
        assertThat(signed.getAuthors()).containsExactly("Tendai Moyo");
    }

    @Test
    void shouldReadThePageWhenAParagraphOfCapitalsRunsToTensOfThousandsOfCharacters() {
        // a scraped line in capitals repeated (the round's new pages moved the robustness test onto such a page): the inline
        // byline's pattern recursed over it until the stack overflowed
        String shouted = "TOMAS HALVORSEN OF THE BALTIC WIRE SAYS ".repeat(1_000).strip();
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n" + shouted + "\n\nThe vote is on Friday.");
        assertThat(a.getBody().toString()).contains("The vote is on Friday.");
    }

    @Test
    void shouldDropTheRelatedLinksWhenASlovakFrenchOrMontenegrinLabelOpensThem() {
        for (String label : new String[] {"Prečítajte si aj", "Articles similaires", "Povezane vijesti"}) {
            Article a = parse(HEADLINE + "\n\nAutor: Ana Marić\n12.03.2026. 08:15\n\n" + BODY + "\n\n" + label + "\nFerry fares to rise in April");
            assertThat(a.getLead() + a.getBody()).as(label).doesNotContain(label, "Ferry fares");
        }
    }
}
