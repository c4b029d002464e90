package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-ninth held-out round (x2007-x2012), defence and military news sites: "By
 * ... on" and a date that opens with its month on one line, a long menu of warfare desks, the writer's box under "About
 * <name>", a menu's item repeated over one crumb and the headline, the writer's address and handle closing the text, a
 * link to contact the writer and a comments widget's "Notify of".
 */
class DefencePressShapesTest {
    private static final String STORY = "WASHINGTON — The Air Force on Friday awarded a contract for the first production lot.\n\n"
            + "The drones are meant to fly with crewed fighters.\n\n";

    @Test
    void shouldReadAByLineWithOnBeforeADateOpeningWithItsMonth() {
        Article a = parse("Air Force awards first drone contract\nBy Jane Roe on December 05, 2026 at 4:35 PM\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T16:35:00Z");
    }

    @Test
    void shouldReadATwoWordNameOverALongMenuOfWarfareDesks() {
        Article a = parse("Open Frontier\nAir Warfare  Land Warfare  Naval Warfare  Space  Congress  Budget  Global\nSubscribe\n"
                + "AIR WARFARE\nAir Force awards first drone contract\nBy Jane Roe\nDecember 5, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Open Frontier");
        assertThat(a.getSection()).isEqualTo("Air Warfare");
    }

    @Test
    void shouldDropTheWritersBoxUnderItsAboutLabelButNotReadAReleasesAboutAsAWriter() {
        Article a = parse("Navy picks second shipyard for its frigate\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "About Jane Roe\nJane Roe is the naval warfare reporter at Harbor Defense.\n");
        assertThat(allText(a)).contains("crewed fighters").doesNotContain("About Jane Roe", "naval warfare reporter");
        Article release = parse("Lakeshore Hospital opens a wing\nDecember 3, 2026\n\n" + STORY
                + "About Lakeshore Regional Hospital\nLakeshore Regional Hospital is a 620-bed teaching hospital.\n");
        assertThat(release.getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeTheSectionFromAMenuItemRepeatedOverOneCrumb() {
        Article a = parse("STARS AND BARS\nHome  Military  Veterans  Theaters  Opinion  Photos  Videos  Subscribe\nTheaters\nEurope\n"
                + "US Army to station new air defense battalion in Germany\nBy JANE ROE\nDecember 5, 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Theaters");
    }

    @Test
    void shouldDropTheWritersAddressAndHandleClosingTheText() {
        Article a = parse("Army to station air defense battalion\nBy Jane Roe\nDecember 5, 2026\n\n" + STORY
                + "jane.roe@stripes.example\n@jane_roe\n");
        assertThat(allText(a)).contains("crewed fighters").doesNotContain("@");
    }

    @Test
    void shouldDropALinkToContactTheWriterAndACommentsWidget() {
        Article a = parse("Army ends the leg tuck\nBy Jane Roe\nDecember 5, 2026\n\n" + STORY + "Contact the author here.\n");
        assertThat(allText(a)).doesNotContain("Contact the author");
        Article b = parse("Royal Navy to get three more frigates\nJane Roe\nDecember 5, 2026\n\n" + STORY
                + "Subscribe\nNotify of\nguest\n0 Comments\nInline Feedbacks\n");
        assertThat(allText(b)).contains("crewed fighters").doesNotContain("Notify of", "guest", "Inline Feedbacks");
    }
}
