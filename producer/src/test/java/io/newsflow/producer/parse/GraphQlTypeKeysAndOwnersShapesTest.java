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
 * Shapes met in the hundred-and-fifty-eighth held-out round (x985-x990), on other pages: a GraphQL answer keyed by its
 * type's name with typed blocks keeping their text under {@code "body"} (Prepr); a copyright line naming a company by its
 * legal form, the outlet's owner ("Nexstar Media Inc."); follow and alert pitches; a source line with an editor's
 * initials ("Source: CNA/st").
 */
class GraphQlTypeKeysAndOwnersShapesTest {

    @Test
    void shouldReadAGraphQlTypeKeyAndTypedBlocksWithTheirTextUnderBody() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"data\":{\"Post\":{\"title\":\"" + HEADLINE + "\",\"_publish_on\":\"2026-12-05T07:30:00+00:00\",\"categories\":"
                + "[{\"body\":\"Economy\"}],\"content\":[{\"__typename\":\"Text\",\"body\":\"<p>" + paragraphs[0] + "</p>\"},"
                + "{\"__typename\":\"Assets\",\"items\":[{\"url\":\"https://x.example/c.jpg\",\"caption\":\"The old cranes\"}]},"
                + "{\"__typename\":\"Text\",\"body\":\"<p>" + paragraphs[1] + "</p>\"}]}}}", "post.json");
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("old cranes");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:30:00Z"));
        assertThat(a.getSection()).isEqualTo("Economy");
    }

    @Test
    void shouldKeepTheMastheadOverACopyrightLineNamingItsOwnersCompany() {
        Article a = parse("The Hill\nNews\nPolicy\nOpinion\nBusiness\n\nSenate\n\n" + HEADLINE + "\n\nby Alexander Bolton\n\n" + BODY
                + "\n\nCopyright 2026 Nexstar Media Inc. All rights reserved.");
        assertThat(a.getSource()).isEqualTo("The Hill");
    }

    @Test
    void shouldDropFollowAndAlertPitchesAndASourceLineWithAnEditorsInitials() {
        Article a = parse(HEADLINE + "\n\nTang See Kit\n05 Dec 2026 11:08AM\n\n" + BODY + "\n\nFollow and Subscribe Nyasa TV :\n\n"
                + "Get WhatsApp alerts from CNA\nSource: CNA/st");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Subscribe", "WhatsApp", "CNA/st");
        assertThat(a.getSource()).isEqualTo("CNA");
    }
}
