package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-second held-out round (x2385-x2390), business papers in Turkish and Greek:
 * a Greek byline in the genitive ("Του Γιώργου Παπαδάκη", "of ...") or compiled ("Επιμέλεια: ..."); a Greek label in
 * capitals, which drops its accents, matched to the menu's item ("ΑΓΟΡΕΣ" over "Αγορές") and to a related list's label
 * ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ"); a weekday between a date and its clock ("07 Aralık 2026 Pazartesi 10:12"); a Turkish update
 * stamp, a follow prompt, a market data delay notice and a comment prompt.
 */
class TurkishAndGreekBusinessPressShapesTest {
    private static final String GREEK_STORY = "Οι ελληνικές ναυτιλιακές εταιρείες παρήγγειλαν 14 νέα δεξαμενόπλοια.\n\n"
            + "Τα περισσότερα πλοία θα ναυπηγηθούν στην Κορέα.\n\n";
    private static final String TURKISH_STORY = "BIST 100 endeksi güne yüzde 0,6 yükselişle başladı.\n\n"
            + "Dolar/TL 41,82 seviyesinden işlem görüyor.\n\n";

    @Test
    void shouldReadAGreekBylineInTheGenitiveWithoutItsArticle() {
        Article a = parse("Αυξάνονται οι παραγγελίες για νέα δεξαμενόπλοια\nΤου Γιώργου Παπαδάκη\n"
                + "Δευτέρα, 07 Δεκεμβρίου 2026 09:40\n\n" + GREEK_STORY);
        assertThat(a.getAuthors()).containsExactly("Γιώργου Παπαδάκη");
    }

    @Test
    void shouldReadACompiledByCreditAsTheBylineNotTheLead() {
        Article a = parse("Άνοδος στο Χρηματιστήριο με οδηγό τις τράπεζες\nΕπιμέλεια: Νίκος Χατζής\n07.12.2026 | 13:20\n\n" + GREEK_STORY);
        assertThat(a.getAuthors()).containsExactly("Νίκος Χατζής");
        assertThat(a.getLead()).startsWith("Οι ελληνικές");
    }

    @Test
    void shouldGiveAShoutedGreekLabelTheMenusAccentedSpelling() {
        Article a = parse("euro2day.gr\nΑγορές  Οικονομία  Επιχειρήσεις  Κόσμος  Τεχνολογία\nΑΓΟΡΕΣ\n"
                + "Άνοδος στο Χρηματιστήριο με οδηγό τις τράπεζες\nΝίκος Χατζής\n07.12.2026 | 13:20\n\n" + GREEK_STORY);
        assertThat(a.getSection()).isEqualTo("Αγορές");
    }

    @Test
    void shouldDropARelatedListUnderAShoutedGreekLabel() {
        Article a = parse("Στα 2,1 δισ. ευρώ τα νέα στεγαστικά δάνεια\nΜαρία Νικολάου\n07/12/2026 - 11:05\n\n" + GREEK_STORY
                + "ΣΧΕΤΙΚΑ ΑΡΘΡΑ\nΜειώνονται τα επιτόκια των καταθέσεων\n");
        assertThat(allText(a)).contains("Κορέα").doesNotContain("ΣΧΕΤΙΚΑ", "Μειώνονται");
    }

    @Test
    void shouldReadTheClockAfterAWeekdayAndTheUpdateStampAsAnUpdate() {
        Article a = parse("Borsa İstanbul güne yükselişle başladı\nBloomberg HT\n07 Aralık 2026 Pazartesi 10:12\n"
                + "Güncelleme: 07 Aralık 2026 Pazartesi 10:40\n\n" + TURKISH_STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T10:12:00Z"));
        Article updatedOnly = parse("Borsa İstanbul güne yükselişle başladı\nSelin Aydoğan\nGüncelleme: 07 Aralık 2026 10:40\n\n"
                + TURKISH_STORY);
        assertThat(updatedOnly.getPublishedAt()).isNull(); // (an update's stamp dates no publication)
    }

    @Test
    void shouldDropAFollowPromptADataDelayNoticeAndACommentPrompt() {
        Article a = parse("Borsa İstanbul güne yükselişle başladı\nSelin Aydoğan\n07.12.2026 11:30\n\n" + TURKISH_STORY
                + "Bloomberg HT'yi Google Haberler'de takip edin\n\nPiyasa verileri 15 dakika gecikmelidir.\n\n"
                + "Yorum Yap\nBu habere henüz yorum yapılmamış.\n");
        assertThat(allText(a)).contains("seviyesinden").doesNotContain("takip edin", "gecikmeli", "Yorum", "yorum");
    }
}
