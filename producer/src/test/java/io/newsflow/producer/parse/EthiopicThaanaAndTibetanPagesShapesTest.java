package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twelfth held-out round (x2505-x2510), pages in Amharic, Tigrinya, Dhivehi and
 * Tibetan: the Gregorian months as Amharic, Eritrea's Tigrinya and Dhivehi write them, the Ethiopian era's mark and
 * weekdays beside a date, Tigrinya's "by" glued to the name, Dhivehi's byline label and news root, a BBC language
 * service's masthead and its service line under the writer, and a Tibetan menu, section and writer's name.
 */
class EthiopicThaanaAndTibetanPagesShapesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");
    private static final String AMHARIC = "የአዲስ አበባ ከተማ አስተዳደር አዲስ የአውቶቡስ መስመሮችን ከፈተ።\n\nነዋሪዎች ለውጡን በደስታ ተቀብለውታል።\n\n";
    private static final String TIGRINYA = "ኣብ ከተማ ኣስመራ ሓድሽ ሆስፒታል ተኸፊቱ።\n\nእቲ ሆስፒታል ንልዕሊ 300 ሕሙማት ክቕበል ይኽእል።\n\n";

    @Test
    void shouldReadGregorianMonthsInAmharicTigrinyaAndDhivehi() {
        assertThat(parse("የአዲስ አበባ አውቶቡሶች አዳዲስ መስመሮችን ጀመሩ\n7 ዲሴምበር 2026\n\n" + AMHARIC).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("ኣብ ኣስመራ ሓድሽ ሆስፒታል ተኸፊቱ\n7 ታሕሳስ 2026\n\n" + TIGRINYA).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("ރާއްޖެއަށް އައި ފަތުރުވެރިންގެ އަދަދު އިތުރުވެއްޖެ\n7 ޑިސެމްބަރު 2026\n\n"
                + "މިއަހަރު ރާއްޖެއަށް ގިނަ ފަތުރުވެރިން އައެވެ.\n\nމިއީ ރެކޯޑެކެވެ.\n").getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadTheEthiopianCalendarBesideItsEraMarkAndAWeekday() {
        // Hidar 28, 2019 of the Ethiopian era is 7 December 2026, in Amharic's spelling with a weekday and in Tigrinya's
        assertThat(parse("የአዲስ አበባ አውቶቡሶች አዳዲስ መስመሮችን ጀመሩ\nሰኞ፣ ኅዳር 28 ቀን 2019 ዓ.ም.\n\n" + AMHARIC).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("ኣብ ኣስመራ ሓድሽ ሆስፒታል ተኸፊቱ\nሕዳር 28 2019 ዓ.ም.\n\n" + TIGRINYA).getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadTigrinyasGluedByAndKeepAGivenNameThatOpensWithItsLetter() {
        assertThat(parse("ኣብ ኣስመራ ሓድሽ ሆስፒታል ተኸፊቱ\nብሰለሙን ተኽለ\n7 ታሕሳስ 2026\n\n" + TIGRINYA).getAuthors())
                .containsExactly("ሰለሙን ተኽለ");
        assertThat(parse("የአዲስ አበባ አውቶቡሶች አዳዲስ መስመሮችን ጀመሩ\nበረከት ተስፋዬ\nኅዳር 28 ቀን 2019 ዓ.ም.\n\n" + AMHARIC).getAuthors())
                .containsExactly("በረከት ተስፋዬ"); // Bereket, no "by"
    }

    @Test
    void shouldReadDhivehisBylineLabelAndNewsRootOverAShortHeadline() {
        Article a = parse("ސަން\nޚަބަރު\nއިޤްތިޞާދު\n\nޑޮލަރުގެ އަގު ދަށަށް\n\nލިޔުނީ: އަހުމަދު ޝާހިދު\nހޯމަ 7 ޑިސެމްބަރު 2026\n\n"
                + "ޑޮލަރުގެ އަގު މިހަފްތާގައި ދަށަށް ދިޔައެވެ.\n\nބޭންކުތަކުން ބުނީ މިއީ ވަގުތީ ބަދަލެއް ކަމަށެވެ.\n\nކޮމެންޓް 3\n");
        assertThat(a.getTitle()).isEqualTo("ޑޮލަރުގެ އަގު ދަށަށް");
        assertThat(a.getAuthors()).containsExactly("އަހުމަދު ޝާހިދު");
        assertThat(a.getSource()).isEqualTo("ސަން");
        assertThat(a.getSection()).isEqualTo("އިޤްތިޞާދު");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getPublishedAt()).isEqualTo(DAY);
        assertThat(allText(a)).doesNotContain("ކޮމެންޓް", "ލިޔުނީ");
    }

    @Test
    void shouldReadALanguageServicesMastheadAndDropItsServiceLineUnderTheWriter() {
        Article a = parse("BBC News ትግርኛ\nዜና  ኤርትራ  ኢትዮጵያ  ዓለም  ስፖርት\nኤርትራ\nኣብ ኣስመራ ሓድሽ ሆስፒታል ተኸፊቱ ኣሎ\nሰለሙን ተኽለ\nቢቢሲ ትግርኛ\n"
                + "7 ታሕሳስ 2026\n\n" + TIGRINYA + "ተዛማጅ ርዕሶች\nናይ ኤርትራ ጥዕና\nያጋሩ\n");
        assertThat(a.getSource()).isEqualTo("BBC News ትግርኛ");
        assertThat(a.getAuthors()).containsExactly("ሰለሙን ተኽለ");
        assertThat(a.getSection()).isEqualTo("ኤርትራ");
        assertThat(allText(a)).contains("300 ሕሙማት").doesNotContain("ቢቢሲ ትግርኛ", "ናይ ኤርትራ ጥዕና", "ያጋሩ");
    }

    @Test
    void shouldReadATibetanMenuItsSectionAndTheWritersName() {
        Article a = parse("བོད་ཀྱི་དུས་བབ\nགསར་འགྱུར།  རྒྱལ་སྤྱི།  བོད་ནང་།  ཞིབ་འཇུག\u0F0D\nརྒྱལ་སྤྱི།\n"
                + "རྒྱ་གར་དུ་བོད་ཀྱི་སློབ་གྲྭ་གསར་པ་གཉིས་བཙུགས་པ།\nཚེ་རིང་རྡོ་རྗེ\nཕྱི་ལོ་༢༠༢༦ ཟླ་༡༢ ཚེས་༧\n\n"
                + "རྒྱ་གར་དུ་ལོ་འདིར་བོད་ཀྱི་སློབ་གྲྭ་གསར་པ་གཉིས་བཙུགས་ཡོད་པ་རེད།\n\nསློབ་ཕྲུག་བརྒྱ་ལྷག་སློབ་སྦྱོང་བྱེད་ཀྱི་ཡོད།\n");
        assertThat(a.getTitle()).isEqualTo("རྒྱ་གར་དུ་བོད་ཀྱི་སློབ་གྲྭ་གསར་པ་གཉིས་བཙུགས་པ།");
        assertThat(a.getSource()).isEqualTo("བོད་ཀྱི་དུས་བབ");
        assertThat(a.getSection()).isEqualTo("རྒྱལ་སྤྱི།");
        assertThat(a.getAuthors()).containsExactly("ཚེ་རིང་རྡོ་རྗེ");
        assertThat(a.getPublishedAt()).isEqualTo(DAY);
    }
}
