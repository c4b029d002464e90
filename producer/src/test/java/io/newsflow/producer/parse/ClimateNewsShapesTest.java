package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-ninth held-out round (x2067-x2072), climate news: a tagline sentence over
 * the menu bar (the header lost before), "Analysis:" opening the headline, a slashed date whose month the story names
 * ("06/12/2026" and "until December 16", read as the 12th of June before), "Read Next" and "Sharelines from this story"
 * over headlines, a role before the writer's closing bio, a newsroom's plea.
 */
class ClimateNewsShapesTest {
    private static final String STORY = "Regulators on Friday approved a permit for the state's largest carbon capture well.\n\n"
            + "The talks run until December 16.\n\n";

    @Test
    void shouldReadTheHeaderUnderATaglineSentence() {
        Article a = parse("Inside Climate News\nPulitzer Prize-winning, nonpartisan reporting on the biggest crisis facing our planet.\n"
                + "Justice  Politics & Policy  Fossil Fuels  Clean Energy  Science  Donate\nFossil Fuels\n"
                + "Louisiana approves its largest carbon capture well\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "About This Story\nPerhaps you noticed: This story, like all the news we publish, is free to read.\nDonate Now\n");
        assertThat(a.getTitle()).isEqualTo("Louisiana approves its largest carbon capture well");
        assertThat(a.getSource()).isEqualTo("Inside Climate News");
        assertThat(a.getSection()).isEqualTo("Fossil Fuels");
        assertThat(allText(a)).contains("December 16").doesNotContain("About This Story", "free to read", "Donate");
    }

    @Test
    void shouldReadAnAnalysisLabelOpeningTheHeadline() {
        Article a = parse("Analysis: UK electricity from gas falls to lowest level since 1957\n6 December 2026\nJane Roe\n\n" + STORY
                + "Sharelines from this story\nUK electricity from gas falls to lowest level since 1957\n"
                + "Carbon Brief's daily and weekly email digests\n");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
        assertThat(allText(a)).contains("December 16").doesNotContain("Sharelines", "digests");
        assertThat(a.getBody()).noneMatch(block -> block.getText().contains("1957")); // (the shareline, the headline again)
    }

    @Test
    void shouldReadASlashedDateByTheMonthTheStoryNames() {
        Article a = parse("Bonn talks open with fight over adaptation finance\nPublished on 06/12/2026, 4:30pm\nBy Jane Roe\n\n" + STORY);
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T16:30:00Z");
    }

    @Test
    void shouldDropReadNextAndABioOpeningWithTheRole() {
        Article a = parse("Interior moves to open acres to drilling\nBy Jane Roe | 12/06/2026 06:12 AM EST\n\n" + STORY
                + "Reporter Jane Roe covers energy for E&E News.\nE&E News subscribers can access this story and more.\n"
                + "Read Next\nWhy the Southwest's biggest utility is betting on batteries\n");
        assertThat(a.getSource()).isEqualTo("E&E News");
        assertThat(allText(a)).contains("December 16").doesNotContain("covers energy", "subscribers", "Read Next", "batteries");
    }
}
