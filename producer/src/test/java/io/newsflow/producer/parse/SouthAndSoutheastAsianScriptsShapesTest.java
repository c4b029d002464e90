package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighty-eighth held-out round (x2361-x2366), papers in Malayalam, Telugu, Khmer,
 * Burmese, Amharic and Odia: a headline under the section's label taken for a second crumb when a desk's credit stood
 * under it (the first paragraph became the headline), a Telugu desk's credit (read as a writer), an English date with a
 * space before its comma ("Dec 07 , 2026"), and Khmer's and Burmese dates ("ថ្ងៃទី ៧ ខែធ្នូ ឆ្នាំ ២០២៦", "ဒီဇင်ဘာ ၇၊ ၂၀၂၆"), unread.
 */
class SouthAndSoutheastAsianScriptsShapesTest {

    @Test
    void shouldReadTheHeadlineUnderTheLabelWhenADesksCreditStandsUnderIt() {
        Article a = parse("മലയാള മനോരമ\nവാർത്ത  കേരളം  ഇന്ത്യ  ലോകം  ബിസിനസ്  സ്പോർട്സ്\nബിസിനസ്\nസ്വർണവില വീണ്ടും റെക്കോർഡിൽ\n"
                + "സ്വന്തം ലേഖകൻ\nPublished: December 07, 2026 10:20 AM IST\n\nസംസ്ഥാനത്ത് സ്വർണവില വീണ്ടും റെക്കോർഡ് ഉയരത്തിലെത്തി.\n\n"
                + "പവന് 400 രൂപയാണ് ഇന്ന് കൂടിയത്.\n");
        assertThat(a.getTitle()).isEqualTo("സ്വർണവില വീണ്ടും റെക്കോർഡിൽ");
        assertThat(a.getSection()).isEqualTo("ബിസിനസ്");
    }

    @Test
    void shouldReadATeluguDesksCreditAsNoWriterAndADateWithASpaceBeforeItsComma() {
        Article a = parse("హైదరాబాద్‌లో మెట్రో రెండో దశకు ఆమోదం\nఆంధ్రజ్యోతి ప్రతినిధి\nPublish Date - Dec 07 , 2026 | 11:05 AM\n\n"
                + "హైదరాబాద్ మెట్రో రెండో దశ పనులకు ప్రభుత్వం ఆమోదం తెలిపింది.\n\nకొత్తగా 76 కిలోమీటర్ల మార్గం నిర్మించనున్నారు.\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getPublishedAt()).isNotNull();
        assertThat(allText(a)).doesNotContain("Publish Date");
    }

    @Test
    void shouldReadKhmerAndBurmeseDates() {
        Article khmer = parse("ការនាំចេញអង្ករកម្ពុជាកើនឡើង ២០ ភាគរយ\nថ្ងៃទី ៧ ខែធ្នូ ឆ្នាំ ២០២៦\n\n"
                + "ការនាំចេញអង្កររបស់កម្ពុជាបានកើនឡើង ២០ ភាគរយ ក្នុងរយៈពេល ១១ ខែដើមឆ្នាំនេះ។\n\nចិន និងសហភាពអឺរ៉ុប នៅតែជាទីផ្សារធំជាងគេ។\n");
        assertThat(khmer.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        Article burmese = parse("ရန်ကုန်တွင် ရွှေဈေး အမြင့်ဆုံးသို့ ရောက်ရှိ\nဒီဇင်ဘာ ၇၊ ၂၀၂၆\n\n"
                + "ရန်ကုန်ရွှေဈေးကွက်တွင် ရွှေဈေးနှုန်းသည် ယနေ့ အမြင့်ဆုံးသို့ ရောက်ရှိခဲ့သည်။\n\nဝယ်လိုအား မြင့်မားနေဆဲဖြစ်သည်။\n");
        assertThat(burmese.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }
}
