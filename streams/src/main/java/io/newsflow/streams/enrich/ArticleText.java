package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of an article split the way enrichment needs it: the title, the running text (lead
 * plus body paragraphs) and the section headings apart, each tokenized once and shared by every
 * enrichment step. Entities and quotes come from the running text only: headline case and
 * headings capitalise common words.
 */
public record ArticleText(Paragraph title, List<Paragraph> paragraphs, List<Paragraph> headings) {

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
        return new ArticleText(Paragraph.of(title), List.copyOf(paragraphs), List.copyOf(headings));
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
