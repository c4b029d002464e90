package io.newsflow.streams.fingerprint;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes an article's {@link Fingerprint} from its body only.
 *
 * <p>Why the title and lead stay out: republishers rewrite headlines and standfirsts far more often
 * than bodies (a new headline on the same body is still the same story, and must stay a
 * near-duplicate), while two different stories rarely share a body. Only when the body has no
 * words at all (a feed item with a title and a summary) are the title and lead fingerprinted
 * instead, so such items still deduplicate against each other. Pure and thread-safe.
 */
public final class Fingerprinter {

    private final BodyNormalizer normalizer;
    private final SimHash simHash;

    /** A fingerprinter with the measured defaults. */
    public Fingerprinter() {
        this(new BodyNormalizer(), new SimHash());
    }

    /** A fingerprinter with the given parts (the quality harness tries variants). */
    public Fingerprinter(BodyNormalizer normalizer, SimHash simHash) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.simHash = Objects.requireNonNull(simHash, "simHash");
    }

    /**
     * @param article a parsed article
     * @return its fingerprints
     */
    public Fingerprint of(Article article) {
        Objects.requireNonNull(article, "article");
        List<String> texts = new ArrayList<>(article.getBody().size());
        for (BodyBlock block : article.getBody()) {
            texts.add(block.getText());
        }
        String canonical = normalizer.canonicalBody(texts, article.getSource());
        if (Shingles.wordHashes(canonical).length == 0) {
            canonical = normalizer.normalize(article.getTitle() + " " + Objects.toString(article.getLead(), ""));
        }
        return ofCanonical(canonical);
    }

    /**
     * Fingerprints a body given as plain blocks (for tools and tests that have no Article).
     *
     * @param blocks body blocks in reading order
     * @param source the outlet's name, may be null
     */
    public Fingerprint ofBlocks(List<String> blocks, String source) {
        return ofCanonical(normalizer.canonicalBody(blocks, source));
    }

    private Fingerprint ofCanonical(String canonical) {
        long[] words = Shingles.wordHashes(canonical);
        return new Fingerprint(ContentHash.of(canonical), simHash.of(words), MinHash.sketch(words), words.length);
    }
}
