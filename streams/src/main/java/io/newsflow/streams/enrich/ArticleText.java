package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of an article split the way enrichment needs it: the title, the running text (lead
 * plus body paragraphs), the section headings and the editor's note apart, each tokenized once
 * and shared by every enrichment step. Counts, keywords, tone and quotes read the title, running
 * text and headings; entities read the running text and the note (running prose too), and only
 * listed names in the title and headings, where headline case capitalises common words.
 *
 * @param titleDerived the title was derived from the lead (it repeats the lead's first words)
 */
public record ArticleText(Paragraph title, List<Paragraph> paragraphs, List<Paragraph> headings,
                          List<Paragraph> notes, boolean titleDerived) {

    /** Splits an Avro article; a null or blank lead is skipped. */
    public static ArticleText of(Article article) {
        Objects.requireNonNull(article, "article");
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Paragraph> headings = new ArrayList<>();
        String lead = article.getLead();
        if (lead != null && !lead.isBlank()) {
            paragraphs.add(Paragraph.of(lead.strip()));
        }
        List<BodyBlock> body = article.getBody() == null ? List.of() : article.getBody();
        for (BodyBlock block : body) {
            String text = block.getText() == null ? "" : block.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            (block.getKind() == BlockKind.HEADING ? headings : paragraphs).add(Paragraph.of(text));
        }
        String title = article.getTitle() == null ? "" : article.getTitle();
        String note = article.getEditorsNote();
        List<Paragraph> notes = note == null || note.isBlank() ? List.of() : List.of(Paragraph.of(note.strip()));
        return new ArticleText(Paragraph.of(title), List.copyOf(paragraphs), List.copyOf(headings), notes,
                article.getTitleDerived());
    }

    /** Every word of the article: title, lead, body paragraphs and headings. */
    public int wordCount() {
        int words = title.tokens().size();
        for (Paragraph p : paragraphs) {
            words += p.tokens().size();
        }
        for (Paragraph h : headings) {
            words += h.tokens().size();
        }
        return words;
    }
}
