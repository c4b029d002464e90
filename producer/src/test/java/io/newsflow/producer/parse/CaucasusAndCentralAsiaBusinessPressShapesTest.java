package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-third held-out round (x2391-x2396), business papers of Uzbekistan, Georgia,
 * Armenia, Mongolia and Azerbaijan: Georgian menus and labels (letters Unicode files as lower case, in a script with no
 * capitals); a Mongolian date ("2026 оны 12 сарын 07, 10:20"); a logo in capitals over its tagline and menu ("ԱՐԿԱ");
 * an Uzbek menu item with its "‘" ("Ko‘chmas mulk"); follow prompts, related lists' labels and reuse notices.
 */
class CaucasusAndCentralAsiaBusinessPressShapesTest {
    private static final String STORY = "ეროვნული ბანკის კომიტეტმა რეფინანსირების განაკვეთი შეამცირა.\n\n"
            + "ბანკის შეფასებით, ინფლაცია მიზნობრივ დონეს ახლოსაა.\n\n";

    @Test
    void shouldReadAGeorgianLabelUnderTheMenuAsTheSectionWhenNoBlankLinePartsThem() {
        Article a = parse("bm.ge\nბიზნესმედია საქართველო\nბიზნესი  ეკონომიკა  ფინანსები  ტექნოლოგიები  საზოგადოება\nფინანსები\n"
                + "ეროვნულმა ბანკმა რეფინანსირების განაკვეთი შეამცირა\n07.12.2026 12:30\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("ფინანსები");
        assertThat(a.getSource()).isEqualTo("bm.ge");
    }

    @Test
    void shouldReadAMongolianDateNotTakeItForTheLead() {
        Article a = parse("Нүүрсний экспорт 80 сая тонн давлаа\n2026 оны 12 сарын 07, 10:20\nСэтгүүлч: Б.Оюунчимэг\n\n"
                + "Энэ оны эхний 11 сард Монгол Улс 80.4 сая тонн нүүрс экспортолжээ.\n\nНүүрсний дийлэнх нь Хятад руу гарсан.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T10:20:00Z"));
        assertThat(a.getLead()).startsWith("Энэ оны");
    }

    @Test
    void shouldTakeALogoInCapitalsOverItsTaglineAndMenuForTheSource() {
        Article a = parse("ԱՐԿԱ\nԼրատվական գործակալություն\nԷկոնոմիկա  Ֆինանսներ  Բիզնես  Քաղաքականություն  Հասարակություն\n"
                + "Էկոնոմիկա\nՀայաստանի արտահանումն աճել է 9 տոկոսով\n07.12.2026 | 11:15\n\n"
                + "Հայաստանից արտահանման ծավալը աճել է 9 տոկոսով։\n\nՆերմուծումն աճել է 6 տոկոսով։\n\n"
                + "Նյութերի մասնակի կամ ամբողջական օգտագործման դեպքում հղումը ԱՐԿԱ-ին պարտադիր է։\n");
        assertThat(a.getSource()).isEqualTo("ԱՐԿԱ");
        assertThat(allText(a)).contains("Ներմուծումն").doesNotContain("Լրատվական", "պարտադիր");
    }

    @Test
    void shouldReadTheMastheadOverAMenuWhoseItemHasAnUzbekTurnedComma() {
        Article a = parse("Spot\nBiznes  Iqtisodiyot  Moliya  Texnologiyalar  Ko‘chmas mulk\nMoliya\n"
                + "Banklar kreditlash hajmini 20 foizga oshirdi\nMuallif: Jasur Karimov\n07.12.2026, 10:05\n\n"
                + "Kreditlarning qariyb yarmi kichik biznesga to‘g‘ri keldi.\n\nIpoteka kreditlari hajmi 12 foizga kamaydi.\n");
        assertThat(a.getSource()).isEqualTo("Spot");
        assertThat(a.getSection()).isEqualTo("Moliya");
    }

    @Test
    void shouldDropFollowPromptsRelatedListsAndReuseNotices() {
        Article a = parse("Manatın məzənnəsi sabit qalır\nAysel Məmmədova\n07 Dekabr 2026 10:35\n\n" + STORY
                + "Banker.az-ı Telegram-da izləyin\n\nSpot’ni Telegram’da kuzatib boring\n\n"
                + "При использовании материалов ссылка на Gazeta.uz обязательна.\n\n"
                + "ასევე წაიკითხეთ\nლარის გაცვლითი კურსი გამყარდა\n");
        assertThat(allText(a)).contains("ინფლაცია").doesNotContain("izləyin", "kuzatib", "обязательна", "წაიკითხეთ", "ლარის");
        Article b = parse("Нүүрсний экспорт 80 сая тонн давлаа\nБ.Оюунчимэг\n07.12.2026 10:20\n\n" + STORY
                + "Холбоотой мэдээ\nАлтны үнэ дахин өслөө\n\nMavzuga oid\nDollar kursi yana ko‘tarildi\n");
        assertThat(allText(b)).contains("ინფლაცია").doesNotContain("Холбоотой", "Алтны", "Mavzuga", "Dollar kursi");
    }
}
