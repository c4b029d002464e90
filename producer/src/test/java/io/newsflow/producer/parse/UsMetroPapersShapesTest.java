package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventh held-out round (x1875-x1880), American metropolitan papers: a network's
 * line and account links under a site's name in lower case; the paper's name under its writer's, though it holds no
 * outlet's word, told by the page's first line or by the paper's own address; a paper's and its site's names parted by a
 * slash; a menu item of four words in a menu parted by double spaces; pleas to subscribe and an affiliate disclosure.
 */
class UsMetroPapersShapesTest {

    @Test
    void shouldReadTheHeadlineWhenANetworksLineAndAccountLinksStandUnderTheSitesName() {
        Article a = parse("knoxnews.\npart of the USA TODAY Network\nLocal  Sports  Things to Do  Politics  Opinion\nSubscribe  Sign In\n\n"
                + "KNOXVILLE\n\nKnoxville opens its first protected bike lane on Broadway\n\nMaria Ortiz\nThe Tennessean\n\n"
                + "Published 6:00 a.m. ET Dec. 6, 2026\n\nThe city opened a two-mile protected bike lane on Broadway on Friday.\n\n"
                + "Reach the reporter at mortiz@tennessean.com.\n");
        assertThat(a.getTitle()).isEqualTo("Knoxville opens its first protected bike lane on Broadway");
        assertThat(a.getAuthors()).containsExactly("Maria Ortiz");
        assertThat(a.getSource()).isEqualTo("The Tennessean");
        assertThat(allText(a)).contains("two-mile").doesNotContain("USA TODAY Network", "Sign In");
    }

    @Test
    void shouldTakeTheLineUnderABylineAsTheOutletWhenThePageOpensWithIt() {
        Article a = parse("Annapolis Sun\nMenu\nAnnapolis Sun\nNews  Sports  Navy  Terps  Opinion  Obituaries  eNewspaper\n\nMaryland News\n\n"
                + "State to widen Route 50 through Annapolis by 2030\n\nBy Jane Roe\nAnnapolis Sun\nPublished: December 6, 2026 at 5:00 a.m.\n\n"
                + "The state will widen Route 50 through Annapolis, officials said Friday.\n\nThe work will cost $1 billion.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isEqualTo("Annapolis Sun");
        assertThat(a.getLead()).startsWith("The state will widen");
    }

    @Test
    void shouldKeepAPapersAndItsSitesNamesTogetherAfterTheWriters() {
        Article a = parse("Cleveland opens its lakefront bridge in March\n\nBy Jane Roe | The Plain Dealer/Cleveland.com\n"
                + "Published: Dec. 06, 2026, 7:00 a.m.\n\nThe city will open the pedestrian bridge to the lakefront in March.\n\n"
                + "Our journalism needs your support. Subscribe today to Cleveland.com.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isEqualTo("The Plain Dealer/Cleveland.com");
        assertThat(allText(a)).contains("pedestrian bridge").doesNotContain("needs your support");
    }

    @Test
    void shouldSpellAShoutedSectionAsADoubleSpacedMenuWithLongItemsWritesIt() {
        Article a = parse("The Valley Sentinel\nLocal News  Crime and Public Safety  Business  Sports  Opinion\n\nLOCAL NEWS\n\n"
                + "Fresno council backs plan for 800 homes downtown\n\nBy Jane Roe\nDecember 6, 2026\n\nThe council voted 5-2 on Friday.\n");
        assertThat(a.getSection()).isEqualTo("Local News");
    }

    @Test
    void shouldDropAPleaToSubscribeAndAnAffiliateDisclosureClosingThePage() {
        Article a = parse("Phoenix opens a new light rail line\n\nBy Jane Roe\nDecember 6, 2026\n\nThe line carries 20,000 riders a day.\n\n"
                + "Support local journalism. Subscribe to azcentral.com today.\n\n"
                + "If you purchase a product or register for an account through a link on our site, we may receive compensation.\n");
        assertThat(allText(a)).contains("20,000 riders").doesNotContain("Support local journalism", "compensation");
    }
}
