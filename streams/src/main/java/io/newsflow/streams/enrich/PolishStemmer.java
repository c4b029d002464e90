package io.newsflow.streams.enrich;

import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.egothor.stemmer.Trie;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Polish stemming for the keyword step: Lucene's Stempel stemmer (the table Lucene's
 * {@code PolishAnalyzer} ships, trained on Polish text) behind the Snowball interface the other
 * languages use, since Snowball has no Polish stemmer. A word Stempel cannot stem is kept whole.
 * Not thread-safe, like every Snowball stemmer: {@link Stems} keeps one per thread.
 */
final class PolishStemmer extends SnowballStemmer {

    /** The stemming table, loaded once (about 2 MB): read-only, shared by every instance. */
    private static final Trie TABLE = PolishAnalyzer.getDefaultTable();

    private final StempelStemmer stempel = new StempelStemmer(TABLE);

    @Override
    public boolean stem() {
        StringBuilder stemmed = stempel.stem(getCurrent());
        if (stemmed != null && stemmed.length() > 0) {
            setCurrent(stemmed.toString());
        }
        return true;
    }
}
