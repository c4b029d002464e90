package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-second held-out round (x2445-x2450), business pages in scripts without capitals:
 * a Sinhala menu whose items hold the zero-width joiner ("ව්‍යාපාර", its whole header lost), a Lao byline of one
 * given name ("ໂດຍ: ສົມພອນ"), and desks' credits in Urdu, Kannada and Marathi ("بزنس رپورٹر", "ವಿಕ ಸುದ್ದಿಲೋಕ,
 * ಬೆಂಗಳೂರು", "म. टा. वृत्तसेवा, मुंबई") that were read as a writer, the headline or the lead.
 */
class SinhalaLaoAndIndicBusinessPagesShapesTest {

    @Test
    void shouldReadASinhalaMenuWhoseItemsHoldTheJoiner() {
        Article a = parse("දිවයින\nපුවත්  ව්‍යාපාර  ක්‍රීඩා  විශේෂාංග  ලිපි\nව්‍යාපාර\nතේ මිල ඉහළ යයි\n2026 දෙසැම්බර් 07, 10:15\n\n"
                + "තේ වෙන්දේසියේ මිල මෙම සතියේ ඉහළ ගියේය.\n\nසාමාන්‍ය මිල රුපියල් 35 කින් වැඩි විය.\n");
        assertThat(a.getTitle()).isEqualTo("තේ මිල ඉහළ යයි");
        assertThat(a.getSource()).isEqualTo("දිවයින");
        assertThat(a.getSection()).isEqualTo("ව්‍යාපාර");
    }

    @Test
    void shouldReadALaoBylineOfOneGivenName() {
        Article a = parse("ລາວສົ່ງອອກກາເຟເພີ່ມຂຶ້ນ 15%\nໂດຍ: ສົມພອນ\n07 ທັນວາ 2026\n\n"
                + "ການສົ່ງອອກກາເຟຂອງລາວໃນປີນີ້ເພີ່ມຂຶ້ນ 15%.\n\nຕະຫຼາດຫຼັກແມ່ນຫວຽດນາມ ແລະ ຍີ່ປຸ່ນ.\n");
        assertThat(a.getAuthors()).containsExactly("ສົມພອນ");
        assertThat(a.getLead()).startsWith("ການສົ່ງອອກ");
    }

    @Test
    void shouldReadDesksCreditsAsNoWriterHeadlineOrLead() {
        Article urdu = parse("اسٹاک مارکیٹ میں تیزی، انڈیکس 1200 پوائنٹس بڑھ گیا\nبزنس رپورٹر\n07 دسمبر 2026\n\n"
                + "پاکستان اسٹاک ایکسچینج میں آج کاروبار کے دوران تیزی رہی۔\n\nسرمایہ کاروں نے بینکنگ شعبے میں دلچسپی ظاہر کی۔\n");
        assertThat(urdu.getAuthors()).isEmpty();
        Article kannada = parse("ವಿಜಯ ಕರ್ನಾಟಕ\nಸುದ್ದಿ  ವಾಣಿಜ್ಯ  ರಾಜ್ಯ  ದೇಶ  ಕ್ರೀಡೆ\nವಾಣಿಜ್ಯ\nಚಿನ್ನದ ಬೆಲೆ ಇಳಿಕೆ\nವಿಕ ಸುದ್ದಿಲೋಕ, ಬೆಂಗಳೂರು\n"
                + "Dec 7, 2026, 11:05 AM IST\n\nಚಿನ್ನದ ಬೆಲೆ ಇಂದು ಗ್ರಾಂಗೆ 80 ರೂಪಾಯಿ ಇಳಿಕೆಯಾಗಿದೆ.\n\nಬೆಳ್ಳಿ ಬೆಲೆಯೂ ಇಳಿದಿದೆ.\n");
        assertThat(kannada.getTitle()).isEqualTo("ಚಿನ್ನದ ಬೆಲೆ ಇಳಿಕೆ");
        Article marathi = parse("सेन्सेक्स ६०० अंकांनी वधारला\nम. टा. वृत्तसेवा, मुंबई\n७ डिसेंबर २०२६, ११:२०\n\n"
                + "शेअर बाजारात आज तेजी दिसून आली.\n\nबँकिंग शेअर्समध्ये सर्वाधिक खरेदी झाली.\n");
        assertThat(marathi.getLead()).startsWith("शेअर बाजारात");
    }
}
