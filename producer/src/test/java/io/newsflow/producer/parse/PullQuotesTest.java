package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;

/** {@link PullQuotes}: a pull quote and a paragraph printed twice leave the body, the story keeps its sentence. */
class PullQuotesTest {
    private static final String SAID = "\"Coal simply isn't the cheapest option for our customers anymore,\" said Archie Collins.";

    private static BodyBlock paragraph(String text) {
        return new BodyBlock(BlockKind.PARAGRAPH, text);
    }

    private static List<String> texts(List<BodyBlock> body) {
        return body.stream().map(BodyBlock::getText).toList();
    }

    @Test
    void shouldDropThePullQuoteWhenItRepeatsASentenceOfTheStory() {
        String pull = "“Coal simply isn't the cheapest option for our customers anymore.”";
        List<BodyBlock> body = List.of(paragraph("The utility will shut its last coal unit."), paragraph(SAID),
                new BodyBlock(BlockKind.HEADING, pull), paragraph(pull), paragraph("Regulators must approve the plan."));
        assertThat(texts(PullQuotes.withoutRepeats(body, null)))
                .containsExactly("The utility will shut its last coal unit.", SAID, "Regulators must approve the plan.");
    }

    @Test
    void shouldKeepShortRepeatsAndDropALaterCopyWhenAParagraphIsPrintedTwice() {
        String twice = "The port will spend $85 million on electric cranes at the Husky Terminal.";
        List<BodyBlock> body = List.of(paragraph("He said no."), paragraph(twice), paragraph("He said no."), paragraph(twice));
        assertThat(texts(PullQuotes.withoutRepeats(body, null))).containsExactly("He said no.", twice, "He said no.");
    }

    @Test
    void shouldDropAParagraphWhenTheLeadAlreadyHoldsIt() {
        List<BodyBlock> body = List.of(paragraph("Commissioners voted 4-1 to replace the diesel cranes at the terminal"),
                paragraph("The money comes partly from a federal grant."));
        assertThat(texts(PullQuotes.withoutRepeats(body,
                "Commissioners voted 4-1 to replace the diesel cranes at the terminal, a move the port says cuts emissions.")))
                .containsExactly("The money comes partly from a federal grant.");
    }
}
