package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.RejectionReason;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eightieth held-out round (x1713-x1718), on other inputs: a data desk's Jupyter
 * notebook; month names, stamps, desks and related labels in Gujarati, Kannada, Punjabi and Odia; Uyghur's "our
 * reporter" and its word for news.
 */
class NotebooksAndIndianScriptsShapesTest {

    @Test
    void shouldReadANotebooksMarkdownCellsAsTheStoryWithoutItsCode() {
        Article a = file("{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Old bridge closes to cars\\n\", \"\\n\", "
                + "\"By Hanna Lindqvist | Data desk, The Northern Ledger\\n\", \"\\n\", \"December 4, 2026\\n\"]}, "
                + "{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": [{\"output_type\": \"stream\", \"text\": [\"0.31\"]}], "
                + "\"source\": [\"import pandas as pd\\n\", \"trips = pd.read_csv('trips.csv')\"]}, "
                + "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"" + BODY.replace("\n", "\\n") + "\"}], "
                + "\"metadata\": {\"kernelspec\": {\"name\": \"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}", "analysis.ipynb");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Hanna Lindqvist");
        assertThat(a.getSource()).isEqualTo("The Northern Ledger");
        assertThat(a.getPublishedAt()).hasToString("2026-12-04T00:00:00Z");
        assertThat(allText(a)).contains("split the town").doesNotContain("pandas", "0.31", "kernelspec");
    }

    @Test
    void shouldRejectANotebookWithNoMarkdownCell() {
        List<ParseOutcome> out = outcomes("{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"print(1)\"], \"outputs\": []}], \"nbformat\": 4}", "code.ipynb");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldReadIndianScriptsMonthNamesDesksAndRelatedLabels() {
        Article kannada = parse("ಪ್ರಜಾವಾಣಿ\n\nನಮ್ಮ ಮೆಟ್ರೊ ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ಹೊಸ ರೈಲುಗಳು\n\nಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ\nPublished 05 ಡಿಸೆಂಬರ್ 2026, 10:12 IST\n\n"
                + "ಬೆಂಗಳೂರು: ನಮ್ಮ ಮೆಟ್ರೊ ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ಇನ್ನೂ ಮೂರು ಹೊಸ ರೈಲುಗಳು ಸಂಚಾರ ಆರಂಭಿಸಲಿವೆ.\n\nಪ್ರಯಾಣ ದರದಲ್ಲಿ ಯಾವುದೇ ಬದಲಾವಣೆ ಇಲ್ಲ.\n\n"
                + "ಪ್ರಜಾವಾಣಿ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ: ಆಂಡ್ರಾಯ್ಡ್ | ಐಒಎಸ್\n\nಓದಿ\nಬೆಂಗಳೂರು ವಿಮಾನ ನಿಲ್ದಾಣಕ್ಕೆ ಹೊಸ ಬಸ್\n");
        assertThat(kannada.getAuthors()).isEmpty();
        assertThat(kannada.getPublishedAt()).hasToString("2026-12-05T04:42:00Z");
        assertThat(allText(kannada)).contains("ಇಲ್ಲ.").doesNotContain("ಆ್ಯಪ್", "ವಿಮಾನ");
        Article punjabi = parse("ਅਜੀਤ\n\nਅੰਮ੍ਰਿਤਸਰ ਤੋਂ ਦਿੱਲੀ ਲਈ ਨਵੀਂ ਰੇਲ ਗੱਡੀ\n\nਹਰਪ੍ਰੀਤ ਸਿੰਘ\n05 ਦਸੰਬਰ 2026\n\n"
                + "ਅੰਮ੍ਰਿਤਸਰ ਤੋਂ ਦਿੱਲੀ ਲਈ ਨਵੀਂ ਰੇਲ ਗੱਡੀ ਜਨਵਰੀ ਤੋਂ ਚੱਲੇਗੀ।\n\nਗੱਡੀ ਹਫ਼ਤੇ ਵਿਚ ਛੇ ਦਿਨ ਚੱਲੇਗੀ।\n\nਹੋਰ ਖ਼ਬਰਾਂ\nਲੁਧਿਆਣਾ ਸਟੇਸ਼ਨ ਦਾ ਨਵੀਨੀਕਰਨ\n");
        assertThat(punjabi.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(allText(punjabi)).doesNotContain("ਲੁਧਿਆਣਾ");
        Article odia = parse("ସମ୍ବାଦ\n\nଭୁବନେଶ୍ୱରରେ ନୂଆ ବସ୍ ଟର୍ମିନାଲ ଖୋଲିଲା\n\nସମ୍ବାଦ ବ୍ୟୁରୋ\n05 ଡିସେମ୍ବର 2026\n\n"
                + "ରାଜଧାନୀରେ ନୂଆ ବସ୍ ଟର୍ମିନାଲକୁ ଶୁକ୍ରବାର ଉଦ୍‌ଘାଟନ କରାଯାଇଛି।\n\nଆହୁରି ପଢ଼ନ୍ତୁ\nକଟକରେ ନୂଆ ଫ୍ଲାଇଓଭର\n");
        assertThat(odia.getAuthors()).isEmpty();
        assertThat(odia.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(allText(odia)).doesNotContain("କଟକରେ");
    }

    @Test
    void shouldReadNoDateFromAGujaratiUpdateStampAlone() {
        Article a = parse("ગુજરાત સમાચાર\n\nઅમદાવાદ મેટ્રોનો બીજો તબક્કો માર્ચથી શરૂ થશે\n\nઅપડેટેડ: 05 ડિસેમ્બર 2026, 10:12 AM\n\n"
                + "અમદાવાદ મેટ્રોના બીજા તબક્કાનું સંચાલન માર્ચ મહિનાથી શરૂ થશે.\n\nઆ લાઇન પર કુલ 20 સ્ટેશન હશે.\n\nવધુ વાંચો\nઅમદાવાદમાં નવો ફ્લાયઓવર\n");
        assertThat(a.getPublishedAt()).isNull();
        assertThat(allText(a)).contains("20 સ્ટેશન").doesNotContain("અપડેટેડ", "ફ્લાયઓવર");
    }

    @Test
    void shouldReadUyghursOurReporterAndItsWordForNews() {
        Article a = parse("ئەركىن ئاسىيا رادىيوسى\n\nخەۋەرلەر\n\nقازاقىستاندا يېڭى تۆمۈر يول قۇرۇلىدۇ\n\nمۇخبىرىمىز ئەركىن\n2026-12-05\n\n"
                + "قازاقىستان بىلەن قىرغىزىستان ھۆكۈمەتلىرى جۈمە كۈنى كېلىشىم ئىمزالىدى.\n\nقۇرۇلۇش كېلەر يىلى باشلىنىدۇ.\n");
        assertThat(a.getAuthors()).containsExactly("ئەركىن");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldStillNaturalCaseASwahiliBylineInCapitals() {
        Article a = parse("Mwananchi\n\nDaraja la zamani lafungwa kwa magari\n\nNa JOHN MWANGI\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("John Mwangi");
    }
}
