package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-seventh held-out round (x1635-x1640), on other inputs: a mailbox file of
 * newsletters; a Drupal node from the core REST module; Baltic papers' names in sentence case, their related labels and
 * comments' label.
 */
class MailboxesAndDrupalNodesShapesTest {

    private static String mail(String subject, String body) {
        return "From news@ledger.example Sat Dec  5 10:02:11 2026\nFrom: Riverside Ledger <news@ledger.example>\nTo: reader@example.org\n"
                + "Subject: Riverside Ledger: " + subject + "\nDate: Sat, 05 Dec 2026 10:02:09 +0000\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\n\n" + subject + "\n\nBy Ana Ruiz\n\n" + body + "\n\n";
    }

    @Test
    void shouldReadEachMessageOfAMailboxAsAnArticle() {
        String mailbox = mail("Old bridge closes to cars", BODY) + mail("Ferry fares frozen", "The ferry's fares will not rise next year."
                + "\n>From the harbour office, the timetable stays the same.");
        List<ParseOutcome> out = outcomes(mailbox, "inbox.mbox");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(first.getSource()).isEqualTo("Riverside Ledger");
        assertThat(first.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(first.getPublishedAt()).hasToString("2026-12-05T10:02:09Z");
        Article second = ((ParseOutcome.Parsed) out.get(1)).article();
        assertThat(second.getTitle()).isEqualTo("Ferry fares frozen");
        assertThat(allText(second)).contains("From the harbour office").doesNotContain(">From", "Sat Dec");
    }

    @Test
    void shouldReadADrupalNodesFieldItemsWhenTheCoreRestModuleAnswers() {
        Article a = file("{\"nid\": [{\"value\": 12}], \"type\": [{\"target_id\": \"article\", \"target_type\": \"node_type\"}], \"title\": "
                + "[{\"value\": \"Old bridge closes to cars\"}], \"created\": [{\"value\": \"2026-12-05T09:00:00+00:00\"}], \"changed\": "
                + "[{\"value\": \"2026-12-06T11:02:44+00:00\"}], \"uid\": [{\"target_id\": 7, \"target_type\": \"user\", \"url\": \"/user/7\"}], "
                + "\"body\": [{\"value\": \"" + PageFurnitureShapesTest.HTML_BODY + "\", \"format\": \"basic_html\", \"summary\": \"\"}]}", "node.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T09:00:00Z");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadABalticPapersNameAndDropItsRelatedAndCommentsLabels() {
        Article lt = parse("Verslo žinios\n\nNaujienos | Verslas | Finansai | Transportas\n\nTransportas\n\nSenasis tiltas uždaromas "
                + "automobiliams\n\nRūta Jankauskienė\n2026-12-05 09:30\n\n" + BODY + "\n\nDaugiau šia tema\nNauji traukiniai\n");
        assertThat(lt.getSource()).isEqualTo("Verslo žinios");
        assertThat(allText(lt)).doesNotContain("Daugiau", "traukiniai");
        Article lv = parse("Vecais tilts slēgts automašīnām\n\n" + BODY + "\n\nKomentāri\n\nIesakām izlasīt\nDaugavā nosalst ledus\n");
        assertThat(allText(lv)).doesNotContain("Komentāri", "Iesakām", "nosalst");
    }
}
