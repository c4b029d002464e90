package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;

/**
 * A JSON body kept as a list of blocks by an editor no rule names ({@link JsonEditorBlocks}): Draft.js's raw content,
 * Editor.js's blocks, Slate's nodes. Each reads as paragraphs and headings, a picture's block left out, where a body of
 * such blocks had been rejected as missing.
 */
class EditorBlockListsShapesTest {

    private static List<String> kinds(Article a) {
        return a.getBody().stream().map(b -> b.getKind() + " " + b.getText()).toList();
    }

    @Test
    void shouldReadDraftJsRawContentWhenItIsTheBody() {
        Article a = file("{\"headline\":\"" + HEADLINE + "\",\"body\":{\"blocks\":[{\"key\":\"a1\",\"text\":\"The council voted to close"
                + " the bridge.\",\"type\":\"unstyled\",\"inlineStyleRanges\":[]},{\"key\":\"a2\",\"text\":\"What next\",\"type\":\"header-two\"},"
                + "{\"key\":\"a3\",\"text\":\" \",\"type\":\"atomic\"},{\"key\":\"a4\",\"text\":\"Cyclists welcomed it.\",\"type\":\"unstyled\"}],"
                + "\"entityMap\":{\"0\":{\"type\":\"IMAGE\",\"data\":{\"src\":\"a.jpg\"}}}}}", "draft.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).contains("The council voted to close the bridge.", "Cyclists welcomed it.").doesNotContain("a.jpg");
        assertThat(a.getBody()).extracting(BodyBlock::getKind).contains(BlockKind.HEADING);
    }

    @Test
    void shouldReadEditorJsBlocksWhenTheirTextSitsUnderData() {
        Article a = file("{\"title\":\"" + HEADLINE + "\",\"content\":{\"time\":1764912600,\"blocks\":[{\"id\":\"x\",\"type\":\"paragraph\","
                + "\"data\":{\"text\":\"The council voted to close the <b>bridge</b>.\"}},{\"id\":\"y\",\"type\":\"header\",\"data\":{\"text\":"
                + "\"What next\",\"level\":2}},{\"id\":\"z\",\"type\":\"image\",\"data\":{\"file\":{\"url\":\"a.jpg\"},\"caption\":\"The bridge"
                + " at dusk\"}},{\"id\":\"w\",\"type\":\"list\",\"data\":{\"style\":\"unordered\",\"items\":[\"Buses keep their lane.\","
                + "\"Cars detour.\"]}}],\"version\":\"2.28.0\"}}", "editor.json");
        assertThat(allText(a)).contains("The council voted to close the bridge.", "Buses keep their lane.", "Cars detour.")
                .doesNotContain("at dusk", "<b>");
    }

    @Test
    void shouldReadSlateNodesWhenTheirInlinePiecesAreJoined() {
        Article a = file("{\"title\":\"" + HEADLINE + "\",\"body\":[{\"type\":\"paragraph\",\"children\":[{\"text\":\"The council voted to"
                + " close the \"},{\"text\":\"bridge\",\"bold\":true},{\"text\":\".\"}]},{\"type\":\"image\",\"url\":\"a.jpg\",\"children\":"
                + "[{\"text\":\"\"}]},{\"type\":\"heading-two\",\"children\":[{\"text\":\"What next\"}]}]}", "slate.json");
        assertThat(kinds(a)).containsExactly("PARAGRAPH The council voted to close the bridge.", "HEADING What next");
    }
}
