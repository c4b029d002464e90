package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-ninth held-out round (x2487-x2492), the Malay-language press of Malaysia and Brunei
 * and an Indonesian business site: a trail from Malay's home link ("Utama > Bisnes"), a publisher's copyright with
 * Malaysia's company form under the masthead ("© New Straits Times Press (M) Bhd": the owner, not the outlet), and the
 * share buttons, related labels, follow prompts and video pointers of these pages.
 */
class MalayAndIndonesianPressShapesTest {
    private static final String STORY = "Harga minyak sawit mentah (MSM) naik 2 peratus di Bursa Malaysia Derivatives hari ini.\n\n"
            + "Penganalisis menjangkakan harga kekal stabil minggu depan.\n\n";

    @Test
    void shouldReadAMalayTrailAndKeepTheMastheadOverItsPublishersCopyright() {
        Article a = parse("Harian Metro\nUtama > Bisnes\nHarga minyak sawit mentah naik 2 peratus\nMohd Azlan Ismail\n"
                + "Disiarkan pada: Dis 7, 2026 @ 11:02am\n\n" + STORY + "© New Straits Times Press (M) Bhd\n");
        assertThat(a.getSection()).isEqualTo("Bisnes");
        assertThat(a.getSource()).isEqualTo("Harian Metro");
        assertThat(allText(a)).doesNotContain("New Straits Times Press");
    }

    @Test
    void shouldDropMalayAndIndonesianButtonsPromptsAndPointers() {
        Article a = parse("Harga minyak sawit mentah naik 2 peratus\nOleh FARAH NADIA\n7 Disember 2026, 9:35 am\nKongsi\n\n" + STORY
                + "Kongsi artikel ini\n\nDapatkan berita terkini di WhatsApp AWANI\n\nSaksikan video di bawah ini:\n\nTonton juga\n"
                + "Ringgit dijangka kukuh minggu depan\n");
        assertThat(a.getLead()).startsWith("Harga minyak");
        assertThat(allText(a)).contains("minggu depan.").doesNotContain("Kongsi", "Dapatkan", "Saksikan", "Tonton", "Ringgit dijangka");
    }
}
