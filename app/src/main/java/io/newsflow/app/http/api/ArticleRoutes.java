package io.newsflow.app.http.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.streams.query.ArticleFilter;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/articles/{id}} and {@code GET /api/articles}. An article lives on the instance
 * that owns its partition of the article index: a request for it elsewhere is forwarded there and
 * the answer relayed. A listing gathers every instance's newest and keeps the newest overall.
 */
public final class ArticleRoutes {
    static final int DEFAULT_LIMIT = 20;

    private final Supplier<Backend> backend;

    public ArticleRoutes(Supplier<Backend> backend) {
        this.backend = backend;
    }

    /** Installs the two routes. */
    public void install(Javalin app) {
        app.get("/api/articles/{id}", this::article);
        app.get("/api/articles", this::articles);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        boolean local = ApiParams.local(ctx);
        Backend b = backend.get();
        if (!local) {
            HostInfo owner = owner(b, id);
            if (!b.cluster().isSelf(owner)) {
                Cluster.Answer answer = b.cluster().get(owner, ctx.path() + "?local=true");
                ctx.status(answer.status()).contentType("application/json").result(answer.body());
                return;
            }
        }
        ctx.json(ArticleJson.detail(b.articles().article(id)
            .orElseThrow(() -> ApiError.notFound("no article '" + id + "' in the index (unknown, not decided yet, or older than "
                + "the index keeps)"))));
    }

    private static HostInfo owner(Backend b, String id) {
        KeyQueryMetadata metadata = b.articles().owner(id);
        if (metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE) {
            throw ApiError.unavailable("which instance holds article '" + id + "' is not known yet (the streams application "
                + "is starting or rebalancing)");
        }
        return metadata.activeHost();
    }

    private void articles(Context ctx) {
        String source = ApiParams.filter(ctx, "source");
        String entity = ApiParams.filter(ctx, "entity");
        int limit = ApiParams.limit(ctx, DEFAULT_LIMIT, ApiParams.MAX_ARTICLES);
        boolean localOnly = ApiParams.local(ctx);
        Backend b = backend.get();
        ArticleJson.Page local = new ArticleJson.Page(b.articles().recent(new ArticleFilter(source, entity), limit).stream()
            .map(ArticleJson::item).toList());
        if (localOnly) {
            ctx.json(local);
            return;
        }
        List<ArticleJson.Page> pages = new ArrayList<>();
        pages.add(local);
        pages.addAll(b.cluster().gather("/api/articles", ctx.queryString(), ArticleJson.Page.class));
        ctx.json(ArticleJson.merge(pages, limit));
    }
}
