package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-second held-out round (x1725-x1730), on other inputs: Pandoc's title block,
 * MDX's module lines and components, gemtext's link lines, a forum post's BBCode; a Slavic paper's name with its edition
 * ("Новая газета Европа") and a channel's plea ("... у Telegram").
 */
class LightMarkupsAndSlavicMastheadsShapesTest {

    @Test
    void shouldReadAPandocTitleBlock() {
        Article a = file("% Old bridge closes to cars\n% Calum MacInnes; Ruth Okoye\n% 3 December 2026\n\n" + BODY, "bridge.md");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Calum MacInnes", "Ruth Okoye");
        assertThat(a.getPublishedAt()).hasToString("2026-12-03T00:00:00Z");
        assertThat(allText(a)).doesNotContain("% ");
    }

    @Test
    void shouldDropMdxModuleLinesAndComponentTagsButKeepTheirText() {
        Article a = file("---\ntitle: Old bridge closes to cars\nauthor: Priya Venkataraman\n---\n\nimport { Callout } from '@/components/Callout'\n"
                + "import Image from 'next/image'\n\n<Image src=\"/b.jpg\" alt=\"The bridge\" width={1200} />\n\n" + BODY
                + "\n\n<Callout type=\"info\">\n  The figures come from the council's own counts.\n</Callout>\n\nexport const counts = [1, 2, 3]\n", "bridge.mdx");
        assertThat(allText(a)).contains("split the town", "council's own counts").doesNotContain("import", "<Image", "Callout", "export const");
    }

    @Test
    void shouldDropGemtextLinkLinesAndReadTheCapsulesName() {
        Article a = file("# Old bridge closes to cars\n\n=> gemini://kesselnotes.test/ Kessel Street Notes (home)\n\n2026-12-04 · Written by Jonah Ferreira\n\n"
                + BODY + "\n\n=> gemini://kesselnotes.test/posts/ All posts\n", "bridge.gmi");
        assertThat(a.getSource()).isEqualTo("Kessel Street Notes");
        assertThat(allText(a)).contains("split the town").doesNotContain("=>", "All posts");
    }

    @Test
    void shouldDropAForumPostsBbcodeAndReadTheQuotedOutlet() {
        Article a = parse("[size=150][b]Old bridge closes to cars[/b][/size]\n\n[quote=\"Lakeside Gazette\"]" + BODY
                + "[/quote]\n\n[url=https://paper.test/bridge]Source: Lakeside Gazette[/url]\n");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("Lakeside Gazette");
        assertThat(allText(a)).contains("split the town").doesNotContain("[b]", "[quote", "[/url]");
    }

    @Test
    void shouldKeepASentenceThatOpensWithImportAndALineInBrackets() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nImport duties from the new port will pay for the bridge's repair.\n\n[Updated at 6pm]\n");
        assertThat(allText(a)).contains("Import duties from the new port", "[Updated at 6pm]");
    }

    @Test
    void shouldReadASlavicPapersNameWithItsEditionAndDropItsChannelsPlea() {
        Article a = parse("Новая газета Европа\n\nНовости | Истории | Мнения | Культура\n\nВ Тбилиси открыли первую линию автобуса\n\nАнна Соколова\n5 декабря 2026, 10:12\n\n"
                + "В Тбилиси в пятницу открыли первую линию скоростного автобуса.\n\nПроезд будет стоить один лари.\n\nНовая газета Европа у Telegram\n");
        assertThat(a.getSource()).isEqualTo("Новая газета Европа");
        assertThat(allText(a)).contains("лари").doesNotContain("Telegram");
    }
}
