package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-sixth held-out round (x1689-x1694), on other inputs: a wire item in NewsML
 * 1.2; an agency's date with a comma after its month ("December, 05, 2026") and its story's number; a Malayalam paper's
 * staff correspondent, its keywords line and its comments' label; a Telugu paper's "more" and a Hindi site's invitation
 * to its games.
 */
class NewsMl1AndIndianPagesShapesTest {

    @Test
    void shouldReadANewsMl1ItemsLinesProviderTimeAndText() {
        Article a = file("<?xml version=\"1.0\"?>\n<NewsML Version=\"1.2\"><NewsEnvelope><DateAndTime>20261206T091500Z</DateAndTime></NewsEnvelope>"
                + "<NewsItem><NewsManagement><FirstCreated>20261205T084000Z</FirstCreated></NewsManagement><NewsComponent>"
                + "<NewsLines><HeadLine>Old bridge closes to cars</HeadLine><ByLine>By Aino Lehtonen</ByLine><DateLine>HELSINKI, Dec 5</DateLine>"
                + "<CopyrightLine>Copyright 2026 NordWire</CopyrightLine></NewsLines><AdministrativeMetadata><Provider><Party FormalName=\"NordWire\"/>"
                + "</Provider></AdministrativeMetadata><DescriptiveMetadata><SubjectCode><Subject FormalName=\"04015000\"/></SubjectCode></DescriptiveMetadata>"
                + "<NewsComponent><ContentItem><MediaType FormalName=\"Photo\"/><DataContent><p>A photo's caption, no text of the story.</p></DataContent></ContentItem></NewsComponent>"
                + "<NewsComponent><ContentItem><MediaType FormalName=\"Text\"/><DataContent><html><body>" + HTML_BODY + "</body></html></DataContent></ContentItem></NewsComponent>"
                + "</NewsComponent></NewsItem></NewsML>", "item.xml");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Aino Lehtonen");
        assertThat(a.getSource()).isEqualTo("NordWire");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T08:40:00Z"); // the first version's, not the envelope's
        assertThat(a.getSection()).isNull(); // a subject's code names none
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.NEWSML);
        assertThat(allText(a)).contains("split the town").doesNotContain("caption", "Copyright");
    }

    @Test
    void shouldReadAnAgencysDateWithACommaAfterTheMonthAndDropItsStoryNumber() {
        Article a = parse("Tasnim News Agency\n\nOld bridge closes to cars\n\nDecember, 05, 2026 - 10:12\n\n" + BODY + "\n\nStory Code: 3241857\n");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T10:12:00Z");
        assertThat(allText(a)).contains("split the town").doesNotContain("Story Code");
    }

    @Test
    void shouldKeepASentenceThatGivesAStorysNumber() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nNews ID: 85012345 was the number the agency gave its first report on the bridge.\n");
        assertThat(allText(a)).contains("News ID: 85012345 was the number");
    }

    @Test
    void shouldReadNoWriterWhenAMalayalamStaffCorrespondentCreditsTheStory() {
        Article a = parse("മാതൃഭൂമി\n\nകൊച്ചി വാട്ടർ മെട്രോ പുതിയ റൂട്ടുകളിലേക്ക്\n\nസ്വന്തം ലേഖകൻ\n5 December 2026, 10:12 AM IST\n\n"
                + "കൊച്ചി: കൊച്ചി വാട്ടർ മെട്രോ അടുത്ത മാസം മുതൽ മൂന്ന് പുതിയ റൂട്ടുകളിൽ സർവീസ് ആരംഭിക്കും.\n\nടിക്കറ്റ് നിരക്കിൽ മാറ്റമില്ല.\n\n"
                + "Content Highlights: Kochi Water Metro new routes\n\nഅഭിപ്രായങ്ങൾ\nഇവിടെ പോസ്റ്റു ചെയ്യുന്ന അഭിപ്രായങ്ങൾ മാതൃഭൂമിയുടേതല്ല.\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("മാറ്റമില്ല").doesNotContain("Content Highlights", "പോസ്റ്റു");
    }

    @Test
    void shouldDropATeluguMoreLabelAndAHindiGamesInvitation() {
        Article telugu = parse("ఈనాడు\n\nహైదరాబాద్ మెట్రో రెండో దశకు కేంద్రం ఆమోదం\n\nహైదరాబాద్ మెట్రో రైలు రెండో దశ నిర్మాణానికి కేంద్ర ప్రభుత్వం ఆమోదం తెలిపింది.\n\n"
                + "పనులు వచ్చే ఏడాది ప్రారంభమవుతాయని అధికారులు తెలిపారు.\n\nమరిన్ని\nహైదరాబాద్‌లో కొత్త ఫ్లైఓవర్ ప్రారంభం\n");
        assertThat(allText(telugu)).contains("తెలిపారు").doesNotContain("ఫ్లైఓవర్");
        Article hindi = parse("लखनऊ में मेट्रो का दूसरा कॉरिडोर तैयार\n\nलखनऊ में मेट्रो के दूसरे कॉरिडोर का निर्माण 2028 तक पूरा कर लिया जाएगा।\n\n"
                + "परियोजना पर करीब 5,800 करोड़ रुपये खर्च होंगे।\n\nJagran Play पर खेलें\n");
        assertThat(allText(hindi)).contains("खर्च होंगे").doesNotContain("Jagran Play");
    }
}
