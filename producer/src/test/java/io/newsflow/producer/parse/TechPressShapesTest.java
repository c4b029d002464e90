package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-seventh held-out round (x1995-x2000), technology and games sites: a
 * two-word name over a long menu of the site's own desks, a reading-settings panel, a clock and zone before the date
 * parted by a dot, a writer's name in capitals over the section and the stamp, a role "Editor-in-chief" and a button to
 * follow the writer, an event's plug and a shop's button inside the text, a tag list over the writer's box.
 */
class TechPressShapesTest {
    private static final String STORY = "The company said the first stage landed on a barge 600 kilometers downrange.\n\n"
            + "A commercial launch is planned for the spring.\n\n";

    @Test
    void shouldReadANameShapedMastheadOverALongMenuOfTheSitesOwnDesks() {
        Article a = parse("Orbis Machina\nBiz & IT  Tech  Science  Policy  Cars  Gaming & Culture  Autos  Forums\nSPACE\n"
                + "Neutron reaches orbit on its second try\nJane Roe – Dec 5, 2026 3:42 pm | 87\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Orbis Machina");
        assertThat(a.getSection()).isEqualTo("Space");
    }

    @Test
    void shouldDropAReadingSettingsPanelUnderTheByline() {
        Article a = parse("Neutron reaches orbit on its second try\nJane Roe – Dec 5, 2026 3:42 pm\nText settings\nStory text\n"
                + "Size Small Standard Large\nWidth * Standard Wide\nLinks Standard Orange\n* Subscribers only\n\n" + STORY);
        assertThat(allText(a)).contains("barge").doesNotContain("Story text", "Standard", "Subscribers only");
    }

    @Test
    void shouldReadAClockAndZoneBeforeTheDatePartedByADot() {
        Article a = parse("Battery recycler raises $120M for an Ohio plant\nJane Roe\n4:10 PM PST · December 5, 2026\n\n" + STORY);
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:10:00Z");
    }

    @Test
    void shouldDropAnImageCreditsLineAndTheSitesEventPlug() {
        Article a = parse("Battery recycler raises $120M for an Ohio plant\nJane Roe\nDecember 5, 2026\nImage Credits: Cirba\n\n"
                + STORY + "Gadgetry event\nJoin us at Gadgetry Summit: Mobility\nSave up to $300 on your pass before prices rise.\n"
                + "Register Now\n\nThe company has raised $400 million since 2021.\n");
        assertThat(a.getLead()).startsWith("The company said");
        assertThat(allText(a)).contains("since 2021").doesNotContain("Image Credits", "Join us", "Save up to", "Register");
    }

    @Test
    void shouldDropATagListStandingOverTheWritersBox() {
        Article a = parse("Battery recycler raises $120M for an Ohio plant\nBy Jane Roe\nDecember 5, 2026\n\n" + STORY
                + "Topics\nBattery recycling, Climate, EVs\nJane Roe\nTransportation Editor\n"
                + "Jane Roe is a reporter who has been covering transportation for more than a decade.\n");
        assertThat(allText(a)).contains("spring").doesNotContain("Topics", "EVs");
    }

    @Test
    void shouldReadAWriterInCapitalsOverTheSectionAndTheStampOnceTheSiteIsNamed() {
        Article a = parse("WIRED\nSecurity  Politics  Business  Science  Culture  Reviews\nSUBSCRIBE\nMARY ROE\nSECURITY\n"
                + "DEC 5, 2026 7:00 AM\nA Ransomware Gang Is Now Targeting Hospital Phone Systems\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Mary Roe");
        assertThat(a.getSection()).isEqualTo("Security");
    }

    @Test
    void shouldReadEditorInChiefAsARoleAndDropTheButtonToFollowTheWriter() {
        Article a = parse("News\nSilksong gets its first expansion next spring\nTeam Cherry confirms free DLC.\nTom Roe\n"
                + "Editor-in-chief\nPublished on Dec. 5, 2026\nFollow Tom Roe\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Tom Roe");
        assertThat(allText(a)).doesNotContain("Editor-in-chief", "Follow");
    }

    @Test
    void shouldEndTheTextAtRelatedLabelsOfTechSites() {
        Article a = parse("Neutron reaches orbit on its second try\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "You Might Also Like …\nThe hidden cost of free VPNs\n\nPrev story\nNext story\n");
        assertThat(allText(a)).contains("spring").doesNotContain("You Might", "VPNs", "Prev story");
        Article b = parse("Silksong gets its first expansion\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "Read this next\nSilksong review - a sequel worth the wait\n");
        assertThat(allText(b)).doesNotContain("Read this next", "sequel");
    }

    @Test
    void shouldDropAShopsButtonAndTheAdsNote() {
        Article a = parse("Sonos cuts the price of the Arc Ultra\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "Sonos Arc Ultra\n$799 at Amazon\nAbout our ads\n");
        assertThat(allText(a)).contains("spring").doesNotContain("$799", "About our ads");
    }
}
