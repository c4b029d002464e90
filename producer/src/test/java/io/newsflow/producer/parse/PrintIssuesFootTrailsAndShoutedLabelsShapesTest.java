package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-sixth held-out round (x1749-x1754), on other inputs: a Russian daily's print
 * issue line under the standfirst and its writer named only at the foot, over a rail of company news; a copyright
 * line's year closed by a stop; the trail again at the page's foot before the headline, and a "Location :" line; a
 * shouted related label with no colon ("LIRE AUSSI ..."); German and Dutch buttons, pleas and tip lines.
 */
class PrintIssuesFootTrailsAndShoutedLabelsShapesTest {

    @Test
    void shouldReadARussianDailysHeadlineOverItsPrintIssueAndItsWriterAtTheFoot() {
        Article a = parse("Коммерсантъ\nПолитика | Экономика | Бизнес | Мир | Общество | Спорт\n\nЭкономика\n\nСтарый мост закроют для машин\n\n"
                + "Ремонт продлится два года\n\nГазета «Коммерсантъ» №226 от 06.12.2026, стр. 2\n\n06.12.2026, 00:32\n\n"
                + "Городской совет во вторник решил закрыть старый мост для автомобилей с весны.\n\n"
                + "Торговцы опасаются, что потеряют покупателей, пока мост закрыт.\n\nОлег Сапожков\n\nНовости компаний\nВсе\n");
        assertThat(a.getTitle()).isEqualTo("Старый мост закроют для машин");
        assertThat(a.getAuthors()).containsExactly("Олег Сапожков");
        assertThat(allText(a)).contains("потеряют покупателей").doesNotContain("№226", "Новости компаний");
    }

    @Test
    void shouldReadTheHolderOfACopyrightWhoseYearEndsWithAStop() {
        Article a = parse("Old bridge to close to cars\n\nBy Our Correspondent\nDecember 06, 2026\n\n"
                + "The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n\nCopyright © 2026. The Valley Herald. All Rights Reserved.\n");
        assertThat(a.getSource()).isEqualTo("The Valley Herald");
    }

    @Test
    void shouldDropTheTrailRepeatedAtTheFootAndTheStorysLocation() {
        Article a = parse("News18\n\nHome » India » Old bridge to close to cars\n\nOld bridge to close to cars\n\nReported By: Saurabh Verma\n"
                + "December 06, 2026, 14:05 IST\n\nThe council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n\nLocation : New Delhi, India\n\n"
                + "News India Old bridge to close to cars\n");
        assertThat(allText(a)).contains("lose customers").doesNotContain("Location", "News India");
    }

    @Test
    void shouldDropAShoutedRelatedLabelWithItsHeadlineButKeepAShoutedSentence() {
        Article a = parse("Le vieux pont fermé aux voitures\n\nPar Jérôme Cordelier\nPublié le 06/12/2026 à 08h00\nAjouter à mes favoris\n\n"
                + "Le conseil a voté mardi la fermeture du vieux pont aux voitures.\n\nLIRE AUSSI Budget : ce que contient le projet du gouvernement\n\n"
                + "Les commerçants craignent de perdre des clients pendant les travaux.\n\nOTAN Le sommet se tiendra à Paris en juin, a dit le ministre.\n");
        assertThat(allText(a)).contains("perdre des clients", "sommet se tiendra").doesNotContain("LIRE AUSSI", "projet du gouvernement", "favoris");
    }

    @Test
    void shouldDropGermanAndDutchButtonsPleasAndTipLines() {
        Article a = parse("watson\nSchweiz | International | Wirtschaft | Digital | Sport\n\nSchweiz\n\nAlte Brücke wird für Autos gesperrt\n\nReto Fehr\nFolge mir\n\n"
                + "06.12.2026, 09:12\n\nDer Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren.\n\n"
                + "Das könnte dich auch noch interessieren:\nDie SBB bauen den Bahnhof um\n\n"
                + "Händler fürchten, dass ihnen die Kunden fehlen werden, wenn die Brücke geschlossen ist.\n\nHol dir die App!\n\n"
                + "Heb je een tip voor de redactie? Mail ons\n");
        assertThat(a.getAuthors()).containsExactly("Reto Fehr");
        assertThat(allText(a)).contains("Kunden fehlen").doesNotContain("Folge mir", "interessieren", "Bahnhof um", "App", "tip");
    }
}
