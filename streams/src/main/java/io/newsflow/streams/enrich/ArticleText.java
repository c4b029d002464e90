package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;

/** Views of an article's text for enrichment: the readable parts, in reading order. */
public final class ArticleText {

    private ArticleText() {
    }

    /** Title, lead and body paragraphs (headings included), each as one string. */
    public static List<String> parts(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.getTitle());
        if (article.getLead() != null) {
            parts.add(article.getLead());
        }
        for (BodyBlock block : article.getBody()) {
            parts.add(block.getText());
        }
        return parts;
    }

    /** The body paragraphs only, without headings. */
    public static List<String> paragraphs(Article article) {
        List<String> paragraphs = new ArrayList<>();
        for (BodyBlock block : article.getBody()) {
            if (block.getKind() == BlockKind.PARAGRAPH) {
                paragraphs.add(block.getText());
            }
        }
        return paragraphs;
    }

    /** Words (runs of letters or digits) in the title, lead and body. */
    public static int wordCount(Article article) {
        int words = 0;
        for (String part : parts(article)) {
            words += wordCount(part);
        }
        return words;
    }

    /** Words (runs of letters or digits, apostrophes and hyphens inside a word allowed) in {@code text}. */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '-' || text.charAt(i) == '\u2019'));
        }
        return words;
    }
}
