package io.newsflow.producer.ingest;

import java.util.List;

import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;

/**
 * The ingest loop without Kafka: collects inputs, parses each, and routes every outcome to the
 * article sink or the rejection sink. Collection rejections and parse rejections take the same
 * path, so every input ends up either published or recorded as rejected.
 */
public final class Ingestor {
    private final InputCollector collector;
    private final ArticleParser parser;
    private final ArticleSink articles;
    private final RejectionSink rejections;

    public Ingestor(InputCollector collector, ArticleParser parser, ArticleSink articles, RejectionSink rejections) {
        this.collector = collector;
        this.parser = parser;
        this.articles = articles;
        this.rejections = rejections;
    }

    /** Ingests every input the arguments name; {@code afterEach} runs once per input (a progress bar step). */
    public void ingest(List<String> arguments, Runnable afterEach) {
        for (String input : collector.expand(arguments)) {
            ingestOne(input);
            afterEach.run();
        }
    }

    /** Ingests one file or {@code -}. */
    public void ingestOne(String input) {
        collector.read(input, this::ingestDocument, rejections::reject);
    }

    /** Parses and routes one document (an HTTP body, a watched file). */
    public void ingestDocument(InputDocument doc) {
        for (ParseOutcome outcome : parser.parse(doc)) {
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                articles.publish(parsed.article());
            } else if (outcome instanceof ParseOutcome.Rejected rejected) {
                rejections.reject(rejected.rejection());
            }
        }
    }
}
