package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-forty-ninth held-out round (x931-x936), on other pages: DatoCMS's structured text (a
 * document wrapped in {@code "value"} beside a list of media blocks, its spans' text under {@code "value"}) and its
 * {@code _firstPublishedAt}; a desk's "Like ... on Facebook, follow @... on Twitter" line; networks under a label, a
 * publicity photo's credit and a link to the terms of reuse; a page's links to the stories before and after it.
 */
class DocumentWrappersAndFooterLinksShapesTest {

    @Test
    void shouldReadDatoCmsStructuredTextWhenItsDocumentIsWrappedBesideMediaBlocks() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"data\":{\"article\":{\"title\":\"" + HEADLINE + "\",\"_firstPublishedAt\":\"2026-12-05T08:15:00+01:00\","
                + "\"content\":{\"value\":{\"schema\":\"dast\",\"document\":{\"type\":\"root\",\"children\":["
                + "{\"type\":\"paragraph\",\"children\":[{\"type\":\"span\",\"value\":\"" + paragraphs[0].substring(0, 20) + "\"},"
                + "{\"type\":\"span\",\"marks\":[\"strong\"],\"value\":\"" + paragraphs[0].substring(20) + "\"}]},"
                + "{\"type\":\"block\",\"item\":\"98231\"},"
                + "{\"type\":\"paragraph\",\"children\":[{\"type\":\"span\",\"value\":\"" + paragraphs[1] + "\"}]}]}},"
                + "\"blocks\":[{\"id\":\"98231\",\"__typename\":\"ImageBlockRecord\",\"image\":{\"url\":\"https://x.example/p.jpg\"}}]}}}}",
                "article.json");
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("98231", "p.jpg");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:15:00Z"));
    }

    @Test
    void shouldDropADesksLikeAndFollowPromptButKeepASentenceThatOpensWithLike() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nLike most traders, she now sells on Facebook.\n\n"
                + "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.");
        assertThat(allText(a)).contains("she now sells on Facebook").doesNotContain("TribuneBiz");
    }

    @Test
    void shouldDropNetworksUnderALabelAPublicityPhotosCreditAndTheTermsOfReuse() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nPublicitātes foto\nMateriāla pārpublicēšanas noteikumi\n"
                + "Seko mums: Facebook, Instagram");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Publicitātes", "noteikumi", "Seko mums");
    }

    @Test
    void shouldDropThePagesLinksToThePreviousAndNextStoriesUnderTheText() {
        Article globo = parse(HEADLINE + "\n\n" + BODY + "\n\nMais recente\nPróxima\nGoverno libera R$ 2 bilhões para o Plano Safra");
        Article other = parse(HEADLINE + "\n\n" + BODY + "\n\nNext article\nCouncil approves new cycle lanes");
        assertThat(allText(globo)).contains("cyclists welcomed it").doesNotContain("Mais recente", "Governo libera");
        assertThat(allText(other)).contains("cyclists welcomed it").doesNotContain("Council approves");
    }
}
