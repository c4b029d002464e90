package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.producer.parse.text.PersonNames;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-fifth held-out round (x1743-x1748), on other inputs: a tech site's name in
 * lower case ("heise online") over its brands' bar ("heise+ | c't | iX") and its tool buttons, its comments button among
 * them; a writer named More; a broadcaster's short name in the byline under its fuller masthead ("HRT" of "HRT
 * Vijesti"); French related-link labels, a Dutch newsletter box, Turkish follow pleas. And a mangled mail the round's
 * corpus brought to the mutation test: a part's charset no charset could be called.
 */
class TechSitesSurnamesAndPleasShapesTest {

    private static final String TEXT = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren.\n\n"
            + "Händler fürchten, dass ihnen die Kunden fehlen werden, wenn die Brücke geschlossen ist.\n\n"
            + "Die Sperrung soll im Frühjahr beginnen und zwei Jahre dauern.\n";

    @Test
    void shouldReadALowerCaseSitesNameAndKeepTheTextUnderItsCommentsButton() {
        Article a = parse("heise online\nAnmelden\nheise+ | c't | iX | Mac & i | Make | Telepolis\n\nNews | Security | IT | Wissen | Mobiles\n\n"
                + "Security\n\nAlte Brücke wird für Autos gesperrt\n\nDie Sperrung beginnt im Frühjahr.\n\nLesezeit: 2 Min.\nIn Pocket speichern\nvorlesen\n"
                + "Druckansicht\nKommentare lesen 87 Beiträge\n\n05.12.2026 10:48 Uhr\nVon Dennis Schirrmacher\n\n" + TEXT
                + "\n(des)\n\nKommentare lesen (87 Beiträge)\nZur Startseite\n");
        assertThat(a.getTitle()).isEqualTo("Alte Brücke wird für Autos gesperrt");
        assertThat(a.getSource()).isEqualTo("heise online");
        assertThat(a.getAuthors()).containsExactly("Dennis Schirrmacher");
        assertThat(allText(a)).contains("Kunden fehlen", "zwei Jahre dauern")
                .doesNotContain("Pocket", "vorlesen", "Druckansicht", "Kommentare", "Telepolis", "Startseite");
    }

    @Test
    void shouldReadAWriterNamedMoreButNoButtonsMore() {
        Article a = parse("The Indian Express\n\nOld bridge to close to cars\n\nWritten by Manoj More\nPune | December 5, 2026 18:20 IST\n\n"
                + "The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n");
        assertThat(a.getAuthors()).containsExactly("Manoj More");
        assertThat(PersonNames.isName("Read More")).isFalse();
        assertThat(PersonNames.isName("Load More")).isFalse();
    }

    @Test
    void shouldKeepTheFullerMastheadOverTheBylinesShortName() {
        Article a = parse("HRT Vijesti\nNaslovnica | Hrvatska | Svijet | Gospodarstvo | Sport | Kultura\n\nGospodarstvo\n\nStari most zatvara se za automobile\n\n"
                + "Autor: Ivana Perić / HRT\n05.12.2026, 09:30\n\nGradsko vijeće u utorak je odlučilo zatvoriti stari most za automobile od proljeća.\n\n"
                + "Trgovci se boje da će izgubiti kupce dok je most zatvoren.\n");
        assertThat(a.getAuthors()).containsExactly("Ivana Perić");
        assertThat(a.getSource()).isEqualTo("HRT Vijesti");
    }

    @Test
    void shouldDropFrenchRelatedLabelsADutchNewsletterBoxAndTurkishFollowPleas() {
        Article a = parse("Les Echos\n\nLe vieux pont fermé aux voitures\n\nPar Sharon Wajsbrot\nPublié le 5 déc. 2026 à 07:15\n\n"
                + "Le conseil a voté mardi la fermeture du vieux pont aux voitures.\n\nPour aller plus loin\nLe prix du ticket de bus baisse en janvier\n\n"
                + "Les commerçants craignent de perdre des clients pendant les travaux.\n\nHet beste van De Telegraaf in je inbox\n\n"
                + "Google News'te Cumhuriyet'e abone olun\nCumhuriyet'in WhatsApp kanalına katılın\n\nNos abonnés ont lu\nRetraites : ce que contient le projet de loi\n");
        assertThat(allText(a)).contains("perdre des clients")
                .doesNotContain("aller plus loin", "ticket de bus", "Telegraaf", "Google News", "WhatsApp", "abonnés", "Retraites");
    }

    @Test
    void shouldReadAMailAsUtf8WhenItsPartNamesAnIllegalCharset() {
        Article a = file("From: Town Hall <press@town.example>\r\nSubject: Old bridge closes to cars\r\nDate: Fri, 05 Dec 2026 09:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"UT<![CDATA[F-8\"\r\n\r\n"
                + "The council voted on Tuesday to close the old bridge to cars from the spring.\r\n\r\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\r\n", "bridge.eml");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(allText(a)).contains("lose customers");
    }
}
