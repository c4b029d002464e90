package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-seventh held-out round (x1755-x1760), on other inputs: a paper's name with an
 * elided article ("l'Humanité") over its account buttons and its plea to readers; a Dutch paper's buttons and related
 * label; a Turkish agency's closing credit ("Kaynak: DHA") and the site's tagline after a hyphen; the print edition's
 * link under the masthead, no section; a Portuguese newsletter plea.
 */
class ElidedMastheadsEditionLinksAndPleasShapesTest {

    @Test
    void shouldReadAPapersNameWithAnElidedArticleAndDropItsPleaToReaders() {
        Article a = parse("l'Humanité\nJe m'abonne\nSe connecter\n\nPolitique | Social & Économie | Société | Monde | Culture\n\nSocial & Économie\n\n"
                + "Le vieux pont fermé aux voitures\n\nPublié le 6 décembre 2026\nCyprien Boganda\n\n"
                + "Le conseil a voté mardi la fermeture du vieux pont aux voitures.\n\nLes commerçants craignent de perdre des clients pendant les travaux.\n\n"
                + "L'Humanité a besoin de vous\nSoutenez un journal libre et indépendant. Je fais un don\n");
        assertThat(a.getSource()).isEqualTo("l'Humanité");
        assertThat(allText(a)).contains("perdre des clients").doesNotContain("besoin de vous", "Je fais un don", "abonne");
    }

    @Test
    void shouldReadADutchPapersNameOverItsAccountButtonsAndDropItsRelatedLinks() {
        Article a = parse("De Tijd\nAbonneer\nAanmelden\n\nMarkten Live | Ondernemen | Politiek & Economie | Opinie | Netto\n\nOndernemen\n\n"
                + "Oude brug gaat dicht voor auto's\n\nPieter Suy\n6 december 2026 07:15\n\nLees later\n\n"
                + "De gemeenteraad besliste dinsdag om de oude brug vanaf de lente te sluiten voor auto's.\n\n"
                + "Handelaars vrezen dat ze klanten zullen verliezen zolang de brug dicht is.\n\nGerelateerde artikels\nNieuwe tramlijn rijdt vanaf maart\n");
        assertThat(a.getSource()).isEqualTo("De Tijd");
        assertThat(allText(a)).contains("klanten zullen verliezen").doesNotContain("Lees later", "Gerelateerde", "tramlijn");
    }

    @Test
    void shouldReadATurkishAgencysCreditAndDropTheSitesTagline() {
        Article a = parse("Milliyet\nGündem | Ekonomi | Dünya | Spor | Magazin\n\nGündem\n\nEski köprü araç trafiğine kapatılıyor\n\n"
                + "Giriş: 06.12.2026 - 09:14\n\nBelediye meclisi salı günü eski köprünün ilkbahardan itibaren araç trafiğine kapatılmasına karar verdi.\n\n"
                + "Esnaf, köprü kapalıyken müşteri kaybetmekten endişe ediyor.\n\nKaynak: DHA\n\nMilliyet Haber - Türkiye'nin Haber Sitesi\n");
        assertThat(a.getSource()).isEqualTo("DHA");
        assertThat(allText(a)).contains("müşteri kaybetmekten").doesNotContain("Kaynak", "Haber Sitesi");
    }

    @Test
    void shouldNotTakeThePrintEditionsLinkUnderTheMastheadForTheSection() {
        Article a = parse("The Tribune\nSubscribe\nE-Paper\n\nHome / Punjab / Old bridge to close to cars\n\nOld bridge to close to cars\n\n"
                + "Tribune News Service\n\nThe council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n");
        assertThat(a.getSection()).isEqualTo("Punjab");
    }

    @Test
    void shouldDropAPortugueseNewsletterPlea() {
        Article a = parse("Poder360\n\nCongresso\n\nVelha ponte será fechada para carros\n\nGabriel Hirabahasi\n6.dez.2026 (sábado) - 10h12\n\n"
                + "A câmara municipal votou na terça-feira para fechar a velha ponte aos carros a partir da primavera.\n\n"
                + "Os comerciantes temem perder clientes enquanto a ponte estiver fechada.\n\nAssine a newsletter do Poder360\n");
        assertThat(allText(a)).contains("perder clientes").doesNotContain("Assine");
    }
}
