package io.newsflow.app.http;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;
import io.newsflow.producer.parse.Rejection;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: ingestion over HTTP. The body is parsed by the same parser as files
 * (JSON, plain text, HTML or a feed, by Content-Type and content); the answer is 202 with the
 * article ids only once Kafka has acknowledged every article, so 202 means durable. Bad input
 * gets 400 (or 413 when too large) with a JSON error naming what is wrong, and is recorded on
 * {@code articles.rejected} like any other rejected input.
 */
public final class ArticleIngestRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIngestRoutes.class);

    private final Producer<String, Article> articles;
    private final String articlesTopic;
    private final java.util.function.Consumer<Rejection> rejections;
    private final long maxBytes;
    private final ArticleParser parser = new ArticleParser();
    private final Clock clock;

    /**
     * @param articles      producer of {@code articles.raw} (idempotent, acks=all)
     * @param articlesTopic the articles topic
     * @param rejections    where rejected bodies are recorded ({@code articles.rejected})
     * @param maxBytes      the largest body accepted
     * @param clock         ingest time source
     */
    public ArticleIngestRoutes(Producer<String, Article> articles, String articlesTopic,
                               java.util.function.Consumer<Rejection> rejections, long maxBytes, Clock clock) {
        this.articles = articles;
        this.articlesTopic = articlesTopic;
        this.rejections = rejections;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Installs the route on {@code app}. */
    public void install(Javalin app) {
        app.post("/articles", this::ingest);
    }

    private void ingest(Context ctx) {
        String origin = "http:POST /articles from " + ctx.ip();
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            reject(ctx, 413, Rejection.ofBytes(origin, null, RejectionReason.TOO_LARGE,
                "body of " + declared + " bytes exceeds the limit of " + maxBytes + " bytes", null, InputFormat.UNKNOWN, clock.instant()));
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBytes) {
            reject(ctx, 413, Rejection.ofBytes(origin, null, RejectionReason.TOO_LARGE,
                "body of " + body.length + " bytes exceeds the limit of " + maxBytes + " bytes", body, InputFormat.UNKNOWN, clock.instant()));
            return;
        }
        List<ParseOutcome> outcomes = parser.parse(new InputDocument(body, origin, ctx.contentType(), clock.instant()));
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Rejection> refused = new ArrayList<>();
        for (ParseOutcome outcome : outcomes) {
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                ids.add(parsed.article().getArticleId());
                sends.add(articles.send(new ProducerRecord<>(articlesTopic, parsed.article().getArticleId(), parsed.article())));
            } else if (outcome instanceof ParseOutcome.Rejected rejected) {
                refused.add(rejected.rejection());
                rejections.accept(rejected.rejection());
            }
        }
        if (!awaitAll(ctx, sends, origin, body)) {
            return;
        }
        if (ids.isEmpty()) {
            Rejection first = refused.isEmpty()
                ? Rejection.ofBytes(origin, null, RejectionReason.NO_CONTENT, "no article found in the body", body, InputFormat.UNKNOWN, clock.instant()) : refused.get(0);
            ctx.status(400).json(error(first, refused.size()));
            return;
        }
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("status", "accepted");
        accepted.put("articleId", ids.get(0));
        accepted.put("articleIds", ids);
        accepted.put("rejected", refused.stream().map(r -> error(r, 1)).toList());
        ctx.status(202).json(accepted);
    }

    private boolean awaitAll(Context ctx, List<Future<RecordMetadata>> sends, String origin, byte[] body) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.status(503).json(Map.of("error_code", 503, "message", "interrupted before Kafka acknowledged the article"));
        } catch (ExecutionException | TimeoutException e) {
            if (e.getCause() instanceof RecordTooLargeException tooLarge) {
                // within the body limit, but over Kafka's record limit: a bad input (413), not a failure to retry (503)
                reject(ctx, 413, Rejection.ofBytes(origin, null, RejectionReason.TOO_LARGE,
                    "the article is too large for Kafka: " + tooLarge.getMessage(), body, InputFormat.UNKNOWN, clock.instant()));
                return false;
            }
            LOG.warn("Kafka did not acknowledge an article posted over HTTP", e);
            ctx.status(503).json(Map.of("error_code", 503, "message", "Kafka did not acknowledge the article: " + e.getMessage()));
        }
        return false;
    }

    private void reject(Context ctx, int status, Rejection rejection) {
        rejections.accept(rejection);
        ctx.status(status).json(error(rejection, 1));
    }

    private static Map<String, Object> error(Rejection rejection, int count) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", rejection.code().name());
        error.put("message", rejection.reason());
        if (rejection.line() != null) {
            error.put("line", rejection.line());
        }
        if (count > 1) {
            error.put("rejectedCount", count);
        }
        return error;
    }
}
