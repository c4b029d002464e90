package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninth held-out round (x1887-x1892), Indian papers in English: a trail parted by
 * bars and closed by the headline, a writer's name and address parted by a bar, a logo's initials over the name written
 * out over a menu of states, a desk's credit ("NT NETWORK", "Post News Network") over its town, "<place> News" as the
 * section under the site's name, and a WhatsApp channel's plea.
 */
class IndianEnglishPapersShapesTest {

    @Test
    void shouldReadATrailPartedByBarsAndClosedByTheHeadline() {
        Article a = parse("Deccan Daily\nHyderabad  Telangana  India  World  Business  Sport\n"
                + "Home | Warangal | Warangal to get a new bus terminal by June next year\n\n"
                + "Warangal to get a new bus terminal by June next year\n\nBy Ravi Kumar | Published: 6th Dec 2026 9:15 am\n\n"
                + "Warangal: The State government will build a new bus terminal, officials said on Saturday.\n");
        assertThat(a.getSection()).isEqualTo("Warangal");
        assertThat(a.getAuthors()).containsExactly("Ravi Kumar");
    }

    @Test
    void shouldKeepAMenuBarWhenItsItemsAreHomeAndNews() {
        Article a = parse("Deccan Daily\nHome | News | Sport | Business\n\nCity\n\nWarangal to get a new bus terminal by June\n\nBy Ravi Kumar\n"
                + "December 6, 2026\n\nThe State government will build a new bus terminal.\n");
        assertThat(a.getSection()).isEqualTo("City");
    }

    @Test
    void shouldReadAWritersNameAndAddressPartedByABarAsTheByline() {
        Article a = parse("Pune approves new metro line to Hinjewadi\n\nUpdated on: 06 December,2026 09:42 AM IST | Pune\n"
                + "Asha Patil | asha.patil@pune-times.com\n\nThe Pune Metropolitan Region Development Authority approved the line.\n\n"
                + "Work will begin in April.\n");
        assertThat(a.getAuthors()).containsExactly("Asha Patil");
        assertThat(a.getSource()).isNull(); // (the writer's address names no outlet)
        assertThat(a.getLead()).startsWith("The Pune Metropolitan");
    }

    @Test
    void shouldReadTheNameWrittenOutUnderALogosInitialsOverAMenuOfStates() {
        Article a = parse("KNM\nThe Kerala News Monitor\nKerala  Karnataka  Tamil Nadu  Features  Voices\nKerala\n\n"
                + "Kochi to get 40 new electric buses for airport routes\n\nWritten by :\nAnu Varghese\nPublished on :\n06 Dec 2026, 10:30 am\n\n"
                + "KSRTC will add 40 new electric buses, the corporation said on Saturday.\n\n"
                + "Follow KNM's WhatsApp channel for news updates and story links.\n");
        assertThat(a.getTitle()).isEqualTo("Kochi to get 40 new electric buses for airport routes");
        assertThat(a.getSource()).isEqualTo("The Kerala News Monitor");
        assertThat(a.getSection()).isEqualTo("Kerala");
        assertThat(a.getAuthors()).containsExactly("Anu Varghese");
        assertThat(allText(a)).contains("40 new electric buses").doesNotContain("WhatsApp");
    }

    @Test
    void shouldReadADesksCreditOverItsTownAndAPlacesNewsAsTheSection() {
        Article a = parse("The Hooghly Herald\nBengal  Nation  World  Business  Sports  Editorial\nKolkata News\n\n"
                + "Esplanade bus stand works to finish by March\n\nHH NETWORK\nKOLKATA\n\nDecember 6, 2026\n\n"
                + "The municipal council said the works at the bus stand would be finished by March.\n\nThe works began in 2025.\n\n"
                + "Post News Network\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSection()).isEqualTo("Kolkata News");
        assertThat(a.getLead()).startsWith("The municipal council");
        assertThat(allText(a)).doesNotContain("NETWORK", "News Network", "KOLKATA");
    }
}
