package io.newsflow.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import io.newsflow.producer.ingest.Ingestor;
import io.newsflow.producer.ingest.InputCollector;
import io.newsflow.producer.ingest.ProducerSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.producer.parse.ArticleJson;
import io.newsflow.streams.enrich.Enricher;
import io.newsflow.streams.enrich.Enrichment;
import io.newsflow.streams.enrich.EnrichmentJson;
import io.newsflow.streams.enrich.InMemoryDocumentFrequencies;
import io.newsflow.streams.fingerprint.Fingerprint;
import io.newsflow.streams.fingerprint.Fingerprinter;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow parse [--json] PATH...|-}: parses inputs offline (no Kafka) and prints what the
 * producer would publish, for users debugging their inputs. With {@code --json}, one JSON object per
 * article with the Avro schema's field names. Rejections go to stderr with file, line and reason;
 * the exit code is 1 when any input was rejected.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse articles offline (text, JSON/NDJSON, HTML, RSS/Atom) and print the result.")
public final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per article, with the Avro schema's field names.")
    boolean json;

    @Option(names = "--max-input-size", defaultValue = "5MB", description = "Largest input file accepted (default: ${DEFAULT-VALUE}).")
    String maxInputSize;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to parse, or - for stdin.")
    List<String> paths;

    private final InputStream stdin;
    private final Clock clock;

    /** A command reading stdin and the system clock. */
    public ParseCommand() {
        this(System.in, Clock.systemUTC());
    }

    /** A command with an explicit stdin and clock (tests). */
    public ParseCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    private final Enricher enricher = new Enricher();
    private final InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Rejection> rejected = new ArrayList<>();
        InputCollector collector = new InputCollector(ProducerSettings.parseSize(maxInputSize), clock, stdin);
        Ingestor ingestor = new Ingestor(collector, new ArticleParser(), article -> print(out, article), r -> {
            rejected.add(r);
            err.println("rejected " + r);
        });
        ingestor.ingest(paths, () -> { });
        out.flush();
        err.flush();
        return rejected.isEmpty() ? 0 : 1;
    }

    private void print(PrintWriter out, Article a) {
        if (json) {
            // the same enrichment the topology computes; keywords learn from this run's inputs
            Enrichment enrichment = enricher.enrich(a, frequencies);
            frequencies.addDocument(enrichment.documentTerms());
            Fingerprint fingerprint = fingerprinter.of(a);
            ObjectNode line = ArticleJson.render(a);
            line.setAll(EnrichmentJson.toJson(enrichment, fingerprint.contentHash(), fingerprint.simhash()));
            out.println(line.toString());
            return;
        }
        out.println("== " + a.getOrigin() + "  [" + a.getInputFormat() + "]  id " + a.getArticleId());
        out.println("title:       " + a.getTitle() + (a.getTitleDerived() ? "  (derived)" : ""));
        out.println("authors:     " + String.join(", ", a.getAuthors()));
        out.println("source:      " + a.getSource());
        out.println("section:     " + a.getSection() + "   type: " + a.getArticleType());
        out.println("published:   " + a.getPublishedAt() + " (" + a.getPublishedAtProvenance() + ")   ingested: " + a.getIngestedAt());
        if (a.getUrl() != null) {
            out.println("url:         " + a.getUrl());
        }
        if (a.getLead() != null) {
            out.println("lead:        " + a.getLead());
        }
        for (BodyBlock b : a.getBody()) {
            out.println(b.getKind() == io.newsflow.avro.BlockKind.HEADING ? "  ## " + b.getText() : "  " + b.getText());
        }
        out.println();
    }
}
