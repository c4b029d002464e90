package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-third held-out round (x1971-x1976), government newsrooms: an issuer's name
 * joined by "for" ("Transport for NSW"), a city's menu ("Residents  Business & Economy  City Government"), GOV.UK's
 * "From:" line naming the department, a government site's two-line banner over its name, a newsroom's section
 * ("Briefing Room", "News Releases") over a "Press Release" label, and a release's contacts closing it.
 */
class GovernmentNewsroomsShapesTest {
    private static final String STORY = "The tunnels are finished, the agency said on Thursday.\n\nTwo machines dug them in 18 months.\n\n";

    @Test
    void shouldReadAnIssuersNameJoinedByForOverItsMenu() {
        Article a = parse("Transport for Wales\nAbout us  Projects  News and events  Travel  Roads  Operations\n"
                + "Home > News and events > Media releases\nCardiff metro tunnelling reaches the bay\nPublished: 4 December 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Transport for Wales");
    }

    @Test
    void shouldReadACitysNameOverItsMenuAndItsNewsReleasesAsTheSection() {
        Article a = parse("City of Halifax\nResidents  Business & Economy  Explore & Enjoy  City Government  Services & Payments\n"
                + "News Releases\nCity of Halifax to extend its transit priority corridor\nDecember 4, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("City of Halifax");
        assertThat(a.getSection()).isEqualTo("News Releases");
    }

    @Test
    void shouldReadTheDepartmentOfAFromLineAsTheSource() {
        Article a = parse("GOV.UK\nMenu  Search\nPress release\nPupils to get free bus travel to school\n"
                + "Pupils in England will travel to school free under plans announced today.\n"
                + "From: Department for Education and The Rt Hon Jane Roe MP\nPublished 4 December 2026\n\n" + STORY + "Share this page\n");
        assertThat(a.getSource()).isEqualTo("Department for Education");
        assertThat(allText(a)).doesNotContain("From:", "Share this page");
    }

    @Test
    void shouldReadTheNameUnderAGovernmentBannerAndItsNewsroomOverAPressReleaseLabel() {
        Article a = parse("An official website of the United States government\nHere's how you know\nU.S. Department of Energy\n"
                + "About Us  Priorities  Grants  Regulations  Briefing Room  Mission\nBriefing Room\nPress Release\n"
                + "Energy Secretary Announces $1.2 Billion for Grid Repairs in 40 States\nThursday, December 4, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("U.S. Department of Energy");
        assertThat(a.getSection()).isEqualTo("Briefing Room");
        assertThat(allText(a)).doesNotContain("official website", "how you know");
    }

    @Test
    void shouldCutAReleasesContactsClosingIt() {
        Article a = parse("Commission approves a rail freight scheme\nBy Jane Roe\nDecember 4, 2026\n\n" + STORY
                + "For More Information\nJane Roe\nPhone\n+32 2 29 56253\nMail\njane.roe@example.org\nIP/26/2841\n");
        assertThat(allText(a)).contains("Two machines dug them").doesNotContain("For More Information", "+32 2", "IP/26/2841");
    }
}
