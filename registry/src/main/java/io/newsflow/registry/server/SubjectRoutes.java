package io.newsflow.registry.server;

import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.registry.core.RegistryService;
import io.newsflow.registry.core.StoredVersion;
import io.newsflow.registry.server.HttpJson.SchemaRequest;

/** Confluent's {@code /subjects} resources: register, look up, list, fetch and delete versions. */
final class SubjectRoutes {
    private final RegistryService service;

    SubjectRoutes(RegistryService service) {
        this.service = service;
    }

    void register(Javalin app) {
        app.get("/subjects", ctx -> HttpJson.answer(ctx,
                service.queries().subjects(ctx.queryParam("subjectPrefix"), HttpJson.flag(ctx, "deleted"))));
        app.post("/subjects/{subject}/versions", ctx -> {
            SchemaRequest request = HttpJson.schemaRequest(ctx);
            int id = service.register(subject(ctx), request.schema(), request.schemaType());
            HttpJson.answer(ctx, HttpJson.fields("id", id));
        });
        app.post("/subjects/{subject}", ctx -> {
            SchemaRequest request = HttpJson.schemaRequest(ctx);
            HttpJson.answer(ctx, describe(service.queries().lookup(subject(ctx), request.schema(),
                    request.schemaType(), HttpJson.flag(ctx, "deleted"))));
        });
        app.get("/subjects/{subject}/versions", ctx -> HttpJson.answer(ctx,
                service.queries().versions(subject(ctx), HttpJson.flag(ctx, "deleted"))));
        app.get("/subjects/{subject}/versions/{version}", ctx -> HttpJson.answer(ctx, describe(version(ctx))));
        app.get("/subjects/{subject}/versions/{version}/schema", ctx -> HttpJson.answerRaw(ctx, version(ctx).schema()));
        app.get("/subjects/{subject}/versions/{version}/referencedby", ctx -> {
            version(ctx);
            // schema references are refused at registration, so nothing can refer to a version
            HttpJson.answer(ctx, List.of());
        });
        app.delete("/subjects/{subject}", ctx -> HttpJson.answer(ctx,
                service.deleteSubject(subject(ctx), HttpJson.flag(ctx, "permanent"))));
        app.delete("/subjects/{subject}/versions/{version}", ctx -> HttpJson.answer(ctx,
                service.deleteVersion(subject(ctx), ctx.pathParam("version"), HttpJson.flag(ctx, "permanent"))));
    }

    private StoredVersion version(Context ctx) {
        return service.queries().find(subject(ctx), ctx.pathParam("version"), HttpJson.flag(ctx, "deleted"));
    }

    private static String subject(Context ctx) {
        return ctx.pathParam("subject");
    }

    /** Confluent's version shape; {@code schemaType} is omitted for AVRO, as Confluent does. */
    static Map<String, Object> describe(StoredVersion v) {
        return HttpJson.fields("subject", v.subject(), "version", v.version(), "id", v.id(), "schema", v.schema());
    }
}
