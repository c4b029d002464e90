package io.newsflow.streams.enrich;

/** One block of text with its words: a lead or body paragraph, a heading, or the title. */
public record Paragraph(String text, Tokens tokens) {

    /** Tokenizes {@code text}. */
    public static Paragraph of(String text) {
        return new Paragraph(text, Tokenizer.tokenize(text));
    }

    /** Number of sentences: the tokens that open one. */
    public int sentenceCount() {
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.sentenceStart(i)) {
                count++;
            }
        }
        return count;
    }
}
