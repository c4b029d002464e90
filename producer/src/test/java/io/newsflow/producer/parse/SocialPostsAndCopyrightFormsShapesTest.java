package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-first held-out round (x1599-x1604), on other inputs: a Misskey note in MFM; a
 * VK community's wall posts; a post meta's "cats" link (Zeen's); copyright lines naming the outlet through a company's
 * legal form ("ООО «Фонтанка.ру»") or with its site ("Chosunilbo & Chosun.com"); a disclaimer under the comments.
 */
class SocialPostsAndCopyrightFormsShapesTest {
    private static final String JSON_BODY = BODY.replace("\n\n", "\\n\\n");

    @Test
    void shouldReadAMisskeyNotesBoldHeadlineAndShowItsFunctionsContent() {
        Article a = file("{\"id\": \"a3k9\", \"createdAt\": \"2026-12-05T14:22:10.512Z\", \"user\": {\"name\": \"Riverside Ledger\", "
                + "\"username\": \"ledger\", \"host\": null}, \"text\": \"**Old bridge closes to cars**\\n\\n" + JSON_BODY
                + "\\n\\n$[x2 $[tada Maps]] are at the town hall.\", \"cw\": null, \"visibility\": \"public\", \"renoteId\": null, "
                + "\"tags\": [\"bridges\"]}", "note.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSource()).isEqualTo("Riverside Ledger");
        assertThat(allText(a)).contains("Maps are at the town hall.").doesNotContain("$[", "**");
    }

    @Test
    void shouldReadEachWallPostWithItsCommunitysNameWhenVkAnswers() {
        String post = "{\"id\": %d, \"owner_id\": -51, \"date\": 1796466600, \"post_type\": \"post\", \"text\": \"%s\\n\\n" + JSON_BODY + "\"}";
        String answer = "{\"response\": {\"count\": 2, \"items\": [" + post.formatted(1, "Old bridge closes to cars") + ", "
                + post.formatted(2, "Ferry fares frozen") + "], \"groups\": [{\"id\": 51, \"name\": \"Тверские новости\", "
                + "\"screen_name\": \"tver\"}]}}";
        List<ParseOutcome> out = outcomes(answer, "wall.json");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(first.getSource()).isEqualTo("Тверские новости");
        assertThat(first.getPublishedAt()).hasToString("2026-12-05T10:30:00Z");
        assertThat(((ParseOutcome.Parsed) out.get(1)).article().getTitle()).isEqualTo("Ferry fares frozen");
    }

    @Test
    void shouldReadThePostMetasCatsLinkAsTheSection() {
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><article><div class=\"meta\"><div class=\"byline"
                + "\"><div class=\"byline-part cats\"><a href=\"/topics/roads/\" class=\"cat cat-9\">Roads</a></div></div><h1>Old bridge "
                + "closes to cars</h1></div><div class=\"entry-content\">" + HTML_BODY + "</div></article></body></html>", "post.html");
        assertThat(a.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldNameTheOutletNotItsCompanyWhenACopyrightLineAddsOne() {
        Article company = parse("Старый мост закроют для машин\n\n" + BODY + "\n\n© 2026 ООО «Речной вестник»");
        assertThat(company.getSource()).isEqualTo("Речной вестник");
        Article site = parse("The Riverside Ledger\n\nNational\n\nOld bridge closes to cars\n\n" + BODY
                + "\n\nCopyright © Riversideledger & Riverside.com");
        assertThat(site.getSource()).isEqualTo("The Riverside Ledger");
        Article disclaimer = parse("Old bridge closes to cars\n\n" + BODY + "\n\nDisclaimer: The comments posted here/below/in the "
                + "given space are not on behalf of the Ledger.\n");
        assertThat(allText(disclaimer)).doesNotContain("Disclaimer");
    }
}
