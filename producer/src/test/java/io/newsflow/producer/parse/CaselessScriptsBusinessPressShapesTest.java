package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighty-sixth held-out round (x2349-x2354), business and technology papers in
 * scripts without capitals: a menu parted by two spaces with a Latin acronym, a Katakana long vowel, a middle dot or a
 * Hebrew acronym's quote among its items (read as the headline or as text, the section its label repeated lost, and the
 * name over it), a Korean reporter's byline with the address after it (dropped as an address), Chinese "文｜" and an
 * editor's "编辑｜", a Japanese site's writer and outlet in brackets, a Chinese republication note, and a Hindi desk's
 * credit with the outlet and town after commas (read as two writers).
 */
class CaselessScriptsBusinessPressShapesTest {

    @Test
    void shouldReadAMenuWithAnAcronymAndTheSectionItsLabelRepeats() {
        Article a = parse("ITmedia NEWS\nニュース  AI  セキュリティ  製品動向  企業・業界動向\nセキュリティ\n"
                + "大手通販サイトで不正ログイン、約2万件のアカウントに被害\n2026年12月07日 11時30分 公開\n[山田太郎，ITmedia]\n\n"
                + "大手通販サイトは7日、外部から不正ログインを受けたと発表した。\n\n同社はパスワードの再設定を呼びかけている。\n");
        assertThat(a.getSection()).isEqualTo("セキュリティ");
        assertThat(a.getAuthors()).containsExactly("山田太郎");
        assertThat(allText(a)).doesNotContain("製品動向", "[山田太郎");
    }

    @Test
    void shouldReadAHebrewMenuWithAnAcronymAndTheNameOverIt() {
        Article a = parse("כלכליסט\nחדשות  שוק ההון  היי-טק  נדל\"ן  דעות\nהיי-טק\nחברת סייבר ישראלית גייסה 120 מיליון דולר\n"
                + "מאת: דני כהן\n07.12.26 | 10:42\n\nחברת סייבר ישראלית הודיעה היום כי גייסה 120 מיליון דולר.\n\n"
                + "זהו הגיוס השלישי של החברה בשלוש שנים.\n");
        assertThat(a.getSource()).isEqualTo("כלכליסט");
        assertThat(a.getSection()).isEqualTo("היי-טק");
    }

    @Test
    void shouldReadAKoreanReportersBylineWithTheAddressAfterIt() {
        Article a = parse("전자신문\nIT  경제  과학  산업  오피니언\n반도체 수출 11월 역대 최대\n김영호 기자 youngho@etnews.com\n"
                + "발행일 : 2026-12-07 14:10\n\n11월 반도체 수출이 월간 기준으로 역대 최대를 기록했다.\n\n다만 관세 정책은 변수로 꼽혔다.\n");
        assertThat(a.getTitle()).isEqualTo("반도체 수출 11월 역대 최대");
        assertThat(a.getAuthors()).containsExactly("김영호");
    }

    @Test
    void shouldReadAChineseWriterAndDropTheEditorAndTheRepublicationNote() {
        Article a = parse("一家机器人公司完成5亿元B轮融资\n文｜李明\n编辑｜王芳\n2026-12-07 10:15\n\n"
                + "一家工业机器人公司近日完成5亿元人民币B轮融资。\n\n本轮融资将主要用于研发和扩大产能。\n\n"
                + "本文来自“36氪”，作者：李明，36氪经授权发布。\n");
        assertThat(a.getAuthors()).containsExactly("李明");
        assertThat(allText(a)).doesNotContain("王芳", "本文来自");
    }

    @Test
    void shouldReadAHindiDesksCreditAsNoWriter() {
        Article a = parse("शेयर बाजार में तेजी, सेंसेक्स 600 अंक चढ़ा\nबिजनेस डेस्क, अमर उजाला, नई दिल्ली\n"
                + "Published: Mon, 07 Dec 2026 03:45 PM IST\n\nसोमवार को शेयर बाजार में तेजी देखी गई।\n\nविदेशी निवेशकों ने भी शेयर खरीदे।\n");
        assertThat(a.getAuthors()).isEmpty();
    }
}
