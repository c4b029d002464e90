package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.ArticleType;

class EditorsNoteDetectorTest {

    @Test
    void shouldReadAuthorOutletAndOpinionWhenTheNoteDisclaimsTheView() {
        EditorsNote note = EditorsNoteDetector.detect("Editor's note: Marta Kowalczyk is a senior fellow at the Baltic Maritime "
                + "Policy Centre. The article expresses the personal opinion of the author and may not coincide with the view of Portline.Info.")
                .orElseThrow();
        assertThat(note.authors()).containsExactly("Marta Kowalczyk");
        assertThat(note.source()).isEqualTo("Portline.Info");
        assertThat(note.type()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldTakeThePossessorWhenTheOutletOwnsTheBoard() {
        EditorsNote note = EditorsNoteDetector.detect("Editor’s note: This editorial reflects the position of The Valley Tribune's editorial board.")
                .orElseThrow();
        assertThat(note.authors()).isEmpty();
        assertThat(note.source()).isEqualTo("The Valley Tribune");
        assertThat(note.type()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldReadThoseOfWhenViewsAreTheAuthorsOwn() {
        EditorsNote note = EditorsNoteDetector.detect("Editor's note: Rui Tavares is a journalist based in Porto. The views expressed are "
                + "his own and do not necessarily reflect those of Iberian Outlook.").orElseThrow();
        assertThat(note.authors()).containsExactly("Rui Tavares");
        assertThat(note.source()).isEqualTo("Iberian Outlook");
    }

    @Test
    void shouldIgnoreParagraphsWhenNotAnEditorsNote() {
        assertThat(EditorsNoteDetector.detect("Marta Kowalczyk is a senior fellow at the centre.")).isEmpty();
    }

    @Test
    void shouldReadTheAuthorWhenTheNoteSaysPieceBy() {
        EditorsNote note = EditorsNoteDetector.detect("Editor's note: This opinion piece by Jonas Berg first ran in print. "
                + "It does not necessarily reflect the views of The Fjord Gazette.").orElseThrow();
        assertThat(note.authors()).containsExactly("Jonas Berg");
        assertThat(note.source()).isEqualTo("The Fjord Gazette");
        assertThat(note.type()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldReadOneAuthorWhenTheNoteGoesOnWithASecondSentence() {
        EditorsNote note = EditorsNoteDetector.detect("Editor’s note: Sofia Lindqvist is a freight market consultant based in "
                + "Gothenburg. This is an opinion piece and does not necessarily reflect the view of Nordic Freight Review.").orElseThrow();
        assertThat(note.authors()).containsExactly("Sofia Lindqvist");
        assertThat(note.source()).isEqualTo("Nordic Freight Review");
    }

    @Test
    void shouldReadTheAuthorAndTheOpinionWhenTheNoteIsInGermanOrItalian() {
        EditorsNote german = EditorsNoteDetector.detect("Anmerkung der Redaktion: Dr. Klaus WEBER ist Ökonom am Kieler Institut "
                + "für Weltwirtschaft. Der Beitrag gibt die persönliche Meinung des Autors wieder.").orElseThrow();
        assertThat(german.authors()).containsExactly("Klaus Weber");
        assertThat(german.type()).isEqualTo(ArticleType.OPINION);
        EditorsNote italian = EditorsNoteDetector.detect("Nota della redazione: Marco Ferri è ricercatore presso il Politecnico "
                + "di Milano. L'articolo esprime l'opinione personale dell'autore.").orElseThrow();
        assertThat(italian.authors()).containsExactly("Marco Ferri");
        assertThat(italian.type()).isEqualTo(ArticleType.OPINION);
    }
}
