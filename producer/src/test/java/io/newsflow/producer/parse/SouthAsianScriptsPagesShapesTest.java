package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-fifteenth held-out round (x2523-x2528), pages in Assamese, Nepali, Sindhi, Punjabi
 * in Shahmukhi, Meitei Mayek and Odia: their months, a bureau's report as a newsroom's credit, Sindhi's and Punjabi's byline
 * labels and news roots, a menu of four items under the site's name, and closing share and comment prompts, which are
 * no writer's signature; nor is any closing phrase of a caseless script, nor its outlet.
 */
class SouthAsianScriptsPagesShapesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void shouldReadAssameseNepaliAndSindhiMonths() {
        assertThat(parse("গুৱাহাটীত নতুন দলং মুকলি\n৭ ডিচেম্বৰ, ২০২৬\n\nগুৱাহাটীত সোমবাৰে এখন নতুন দলং মুকলি কৰা হয়।\n\nদলংখন দুই বছৰত নিৰ্মাণ কৰা হৈছে।\n")
                .getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("काठमाडौंमा नयाँ पुल खुल्यो\nकाठमाडौं, ७ डिसेम्बर २०२६\n\nकाठमाडौंमा सोमबार नयाँ पुल खुलेको छ।\n\nपुल दुई वर्षमा बनेको हो।\n")
                .getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("حيدرآباد ۾ نئين پل جو افتتاح\n07 ڊسمبر 2026\n\nحيدرآباد ۾ سومر تي نئين پل جو افتتاح ڪيو ويو.\n\nپل ٻن سالن ۾ ٺهي.\n")
                .getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadABureausReportAsTheNewsroomsCredit() {
        Article a = parse("ପାରାଦୀପରେ ନୂଆ ଜେଟି ଉଦ୍ଘାଟିତ\nବ୍ୟୁରୋ ରିପୋର୍ଟ\nଡିସେମ୍ବର ୭, ୨୦୨୬\n\nପାରାଦୀପରେ ସୋମବାର ଏକ ନୂଆ ଜେଟି ଉଦ୍ଘାଟିତ ହୋଇଛି।\n\n"
                + "ଏହା ଦୁଇ ବର୍ଷରେ ନିର୍ମିତ ହୋଇଛି।\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("ବ୍ୟୁରୋ");
    }

    @Test
    void shouldReadSindhisAndPunjabisBylineLabelsAndNewsRoots() {
        Article sindhi = parse("عوامي آواز\nخبرون > ڪاروبار\n\nحيدرآباد ۾ نئين پل جو افتتاح\nرپورٽ: سارا ميمڻ\n07 ڊسمبر 2026\n\n"
                + "حيدرآباد ۾ سومر تي نئين پل جو افتتاح ڪيو ويو.\n\nپل ٻن سالن ۾ ٺهي.\n");
        assertThat(sindhi.getAuthors()).containsExactly("سارا ميمڻ");
        assertThat(sindhi.getSection()).isEqualTo("ڪاروبار");
        assertThat(sindhi.getArticleType()).isEqualTo(ArticleType.NEWS);
        Article punjabi = parse("بھلیکھا\n\nخبراں\n\nلہور وچ نویں پل دا افتتاح ہو گیا\nلکھاری: نادیہ خان\n7 دسمبر 2026\n\n"
                + "لہور وچ سوموار نوں نویں پل دا افتتاح کیتا گیا۔\n\nپل دو سالاں وچ بنیا۔\n");
        assertThat(punjabi.getAuthors()).containsExactly("نادیہ خان");
        assertThat(punjabi.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadAFourItemMenuUnderTheSitesNameAndItsItemRepeated() {
        Article a = parse("ꯄꯣꯛꯅꯐꯝ\nꯃꯅꯤꯄꯨꯔ  ꯑꯦꯗꯤꯇꯣꯔꯤꯑꯦꯜ  ꯁ꯭ꯄꯣꯔꯠꯁ  ꯁꯤꯟꯃꯤꯠ\nꯁ꯭ꯄꯣꯔꯠꯁ\nꯏꯝꯐꯥꯂꯗ ꯑꯅꯧꯕ ꯁ꯭ꯇꯦꯗꯤꯌꯝ ꯍꯥꯡꯗꯣꯛꯂꯦ\nDecember 7, 2026\n\n"
                + "ꯏꯝꯐꯥꯂꯗ ꯉꯁꯤ ꯑꯅꯧꯕ ꯁ꯭ꯇꯦꯗꯤꯌꯝ ꯑꯃ ꯍꯥꯡꯗꯣꯛꯂꯦ꯫\n\nꯁ꯭ꯇꯦꯗꯤꯌꯝ ꯑꯁꯤꯗ ꯃꯤꯑꯣꯏ ꯂꯤꯁꯤꯡ ꯇꯔꯥ ꯐꯝꯕ ꯌꯥꯏ꯫\n");
        assertThat(a.getSource()).isEqualTo("ꯄꯣꯛꯅꯐꯝ");
        assertThat(a.getSection()).isEqualTo("ꯁ꯭ꯄꯣꯔꯠꯁ");
    }

    @Test
    void shouldTakeNoClosingShareOrCommentPromptForTheWritersSignature() {
        String story = "काठमाडौंमा सोमबार नयाँ पुल खुलेको छ।\n\nपुल दुई वर्षमा बनेको हो।\n\n";
        assertThat(parse("काठमाडौंमा नयाँ पुल खुल्यो\n\n" + story + "प्रतिक्रिया दिनुहोस्\n").getAuthors()).isEmpty();
        assertThat(parse("গুৱাহাটীত নতুন দলং মুকলি\n\nগুৱাহাটীত সোমবাৰে এখন নতুন দলং মুকলি কৰা হয়।\n\nদলংখন দুই বছৰত নিৰ্মাণ কৰা হৈছে।\n\nশ্বেয়াৰ কৰক\n")
                .getAuthors()).isEmpty();
        assertThat(parse("لہور وچ نویں پل دا افتتاح ہو گیا\n\nلہور وچ سوموار نوں نویں پل دا افتتاح کیتا گیا۔\n\nپل دو سالاں وچ بنیا۔\n\nشیئر کرو\n")
                .getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeNoCaselessClosingPhraseForTheWriterOrTheOutlet() {
        // (a button's words no list holds, closing a page with no byline and no masthead: "subscribe on Telegram")
        Article a = parse("თბილისში ახალი ხიდი გაიხსნა\n\nთბილისში ორშაბათს ახალი ხიდი გაიხსნა.\n\nხიდი ორ წელიწადში აშენდა.\n\n"
                + "ტელეგრამზე გამოგვიწერეთ\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).contains("ორ წელიწადში").doesNotContain("ტელეგრამზე");
    }
}
