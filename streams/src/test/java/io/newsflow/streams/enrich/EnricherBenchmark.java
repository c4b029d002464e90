package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of enrichment on about 7 KB articles, one thread, in articles per second; each of its
 * steps alone (tokenizing, entities, keywords, tone and quotes); and the candidate alternatives
 * measured for docs/enrichment.md: OpenNLP's language detector (the published langdetect-183
 * model) against ours, and OpenNLP part-of-speech tagging (the first step of a POS-based entity
 * finder) alone. Run: {@code ./mvnw -B -ntp -pl streams -am -Pjmh verify -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnricherBenchmark {

    /** The JVM option that sizes the JVM for one core. */
    static final String ONE_CORE = "-XX:ActiveProcessorCount=1";

    private Enricher enricher;
    private InMemoryDocumentFrequencies frequencies;
    private List<Article> articles;
    private List<String> texts;
    private List<ArticleText> parsed;
    private List<List<Mention>> mentions;
    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final KeywordExtractor keywordExtractor = new KeywordExtractor(10);
    private final ToneScorer toneScorer = new ToneScorer();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private LanguageDetector languageDetector;
    private LanguageDetectorME openNlpLanguage;
    private POSTaggerME openNlpPos;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        enricher = new Enricher();
        frequencies = new InMemoryDocumentFrequencies();
        articles = BenchmarkArticles.build(16);
        for (Article a : articles) {
            frequencies.addDocument(enricher.enrich(a, frequencies).documentTerms());
        }
        texts = articles.stream().map(EnricherBenchmark::plainText).toList();
        parsed = articles.stream().map(ArticleText::of).toList();
        mentions = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            mentions.add(entities(i).mentions());
        }
        languageDetector = new LanguageDetector();
        try (InputStream in = EnricherBenchmark.class.getResourceAsStream("/langdetect-183.bin")) {
            openNlpLanguage = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        try (InputStream in = EnricherBenchmark.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            openNlpPos = new POSTaggerME(new POSModel(in));
        }
    }

    private int nextIndex() {
        next = (next + 1) % articles.size();
        return next;
    }

    /** The figure of issue 5: whole enrichment, articles per second on one thread (the JVM as this machine sizes it). */
    @Benchmark
    public Enrichment enrich() {
        return enricher.enrich(articles.get(nextIndex()), frequencies);
    }

    /**
     * The same work on a JVM sized as on a one-core machine ({@value #ONE_CORE}, as in a container given one
     * CPU): its ergonomics then pick the serial collector, as on any one-core host, instead of G1, whose write
     * barriers cost the enrichment's own thread 5 to 15 % of its CPU time (docs/enrichment.md).
     */
    @Benchmark
    @Fork(jvmArgsAppend = ONE_CORE)
    public Enrichment enrichOneCoreJvm() {
        return enricher.enrich(articles.get(nextIndex()), frequencies);
    }

    // Each step alone, on the same articles tokenized once beforehand: where the time goes. Alone,
    // a step finds the words it reads still in the CPU's caches, so the steps add up to less than
    // the whole enrichment.

    @Benchmark
    public ArticleText tokenizeStep() {
        return ArticleText.of(articles.get(nextIndex()));
    }

    @Benchmark
    public EntityExtractor.Extraction entitiesStep() {
        return entities(nextIndex());
    }

    @Benchmark
    public KeywordExtractor.Result keywordsStep() {
        return keywordExtractor.extract(parsed.get(nextIndex()), "en", frequencies);
    }

    @Benchmark
    public List<Quote> toneAndQuotesStep(Blackhole blackhole) {
        int i = nextIndex();
        blackhole.consume(toneScorer.score(parsed.get(i), "en"));
        return quoteExtractor.extract(parsed.get(i), mentions.get(i));
    }

    private EntityExtractor.Extraction entities(int i) {
        Article a = articles.get(i);
        return entityExtractor.extract(parsed.get(i), "en", a.getAuthors(), a.getSource());
    }

    @Benchmark
    public LanguageDetector.Guess stopWordLanguageDetector() {
        return languageDetector.detect(parsed.get(nextIndex()).paragraphs());
    }

    @Benchmark
    public Object openNlpLanguageDetector() {
        return openNlpLanguage.predictLanguage(texts.get(nextIndex()));
    }

    @Benchmark
    public String[] openNlpPosTagging() {
        return openNlpPos.tag(SimpleTokenizer.INSTANCE.tokenize(texts.get(nextIndex())));
    }

    static String plainText(Article a) {
        StringBuilder sb = new StringBuilder(a.getTitle()).append('\n').append(a.getLead());
        for (BodyBlock b : a.getBody()) {
            sb.append('\n').append(b.getText());
        }
        return sb.toString();
    }
}
