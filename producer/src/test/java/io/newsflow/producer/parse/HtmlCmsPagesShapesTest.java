package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirtieth held-out round (x2611-x2616), HTML pages of more CMSs: Drupal's fields, a
 * Joomla article, a Blogger post, an Arabic page, a Turkish paper's print view, a Japanese one. Missed: the print view's
 * writer, date and site (Turkish labels no list knew, a date-first line under the headline, the window title's "Yazdır"
 * read as the site, the site named only by its logo's image) and the Arabic trail's home crumb.
 */
class HtmlCmsPagesShapesTest {
    private static final String TEXT = "<p>Trabzon Limanı'nın genişletilmesi için hazırlanan proje Ulaştırma Bakanlığı tarafından onaylandı.</p>"
            + "<p>Proje ile limanın yıllık kapasitesi 8 milyon tondan 15 milyon tona çıkacak ve yeni bir rıhtım yapılacak.</p>"
            + "<p>İnşaatın 2027 baharında başlaması ve üç yıl sürmesi bekleniyor.</p>";

    @Test
    void shouldReadAPrintViewsDatedBylineAndItsLogosSiteWhenNothingElseNamesThem() {
        Article a = file("<html><head><title>Yazdır - Trabzon'da yeni liman projesi onaylandı</title></head><body>"
                + "<div class=\"noprint\"><a href=\"#\">Yazdır</a> | <a href=\"#\">Pencereyi kapat</a></div>"
                + "<div class=\"print-logo\"><img src=\"/logo.png\" alt=\"Karadeniz Postası\"></div>"
                + "<h1>Trabzon'da yeni liman projesi onaylandı</h1>"
                + "<div class=\"print-meta\">Yayın Tarihi: 06.12.2026 14:30 | Muhabir: Mehmet Yılmaz</div>"
                + "<div class=\"print-content\">" + TEXT + "</div></body></html>", "print.html");
        assertThat(a.getTitle()).isEqualTo("Trabzon'da yeni liman projesi onaylandı");
        assertThat(a.getAuthors()).containsExactly("Mehmet Yılmaz");
        assertThat(a.getSource()).isEqualTo("Karadeniz Postası");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T14:30:00Z"));
    }

    @Test
    void shouldReadTurkishBylineLabelsButNotTheNewsDesksName() {
        for (String line : new String[] {"Muhabir: Mehmet Yılmaz", "Haber: Mehmet Yılmaz", "Yazan: Mehmet Yılmaz",
            "Yayın Tarihi: 06.12.2026 14:30 | Muhabir: Mehmet Yılmaz"}) {
            Article a = parse("Karadeniz Postası\nTrabzon limanı projesi onaylandı\n" + line + "\n\n"
                    + "Trabzon Limanı genişletilmesi için hazırlanan proje Ulaştırma Bakanlığı tarafından onaylandı.\n\n"
                    + "İnşaatın 2027 baharında başlaması ve üç yıl sürmesi bekleniyor.\n");
            assertThat(a.getAuthors()).as(line).containsExactly("Mehmet Yılmaz");
            assertThat(a.getSource()).as(line).isEqualTo("Karadeniz Postası");
            assertThat(a.getSection()).as(line).isNull();
            assertThat(allText(a)).as(line).doesNotContain("Muhabir", "Yılmaz");
        }
        Article desk = parse("Karadeniz Postası\nTrabzon limanı projesi onaylandı\nHaber Merkezi\n\n"
                + "Trabzon Limanı genişletilmesi için hazırlanan proje Ulaştırma Bakanlığı tarafından onaylandı.\n\n"
                + "İnşaatın 2027 baharında başlaması ve üç yıl sürmesi bekleniyor.\n");
        assertThat(desk.getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeAnArabicHomeCrumbAsTheTrailsRootWhenTheSectionFollowsIt() {
        Article a = file("<html lang=\"ar\" dir=\"rtl\"><head><title>افتتاح محطة جديدة لتحلية المياه في صلالة | صحيفة الوادي</title>"
                + "<meta property=\"og:site_name\" content=\"صحيفة الوادي\"></head><body><div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> › "
                + "<a href=\"/economy\">اقتصاد</a></div><article><h1>افتتاح محطة جديدة لتحلية المياه في صلالة</h1><div class=\"article-body\">"
                + "<p>افتتحت وزارة الطاقة والمعادن صباح اليوم محطة جديدة لتحلية مياه البحر في ولاية صلالة بطاقة 100 ألف متر مكعب يوميا.</p>"
                + "<p>وقال مدير المشروع إن المحطة ستغطي احتياجات أكثر من 200 ألف نسمة في المحافظة.</p></div></article></body></html>", "ar.html");
        assertThat(a.getSection()).isEqualTo("اقتصاد");
    }

    @Test
    void shouldTakeADrupalIntroFieldAsTheStandfirstWhenItStandsUnderTheHeadline() {
        Article a = file("<html><head><title>Geel krijgt nieuw zwembad in 2028 | Kempen Gazet</title></head><body><article>"
                + "<h1 class=\"page-title\">Geel krijgt nieuw zwembad in 2028</h1><div class=\"node__content\">"
                + "<div class=\"clearfix text-formatted field field--name-field-intro\"><p>Het oude zwembad sluit eind volgend jaar.</p></div>"
                + "<div class=\"field field--name-body\"><p>Het stadsbestuur van Geel heeft de bouw van een nieuw zwembad goedgekeurd, met een "
                + "wedstrijdbad van 25 meter en een instructiebad.</p><p>Het zwembad komt naast de sporthal De Nete en kost 24 miljoen euro, "
                + "waarvan de Vlaamse overheid 6 miljoen betaalt.</p></div></div></article></body></html>", "node.html");
        assertThat(a.getLead()).isEqualTo("Het oude zwembad sluit eind volgend jaar.");
        assertThat(a.getBody().get(0).getText()).startsWith("Het stadsbestuur van Geel");
    }
}
