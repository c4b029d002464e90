package io.newsflow.registry.server;

import java.util.List;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.registry.core.AvroSchemas;
import io.newsflow.registry.core.RegistryException;
import io.newsflow.registry.core.RegistryQueries;
import io.newsflow.registry.core.StoredVersion;

/** Confluent's {@code /schemas} resources: a schema by its global id, and the schema types. */
final class SchemaRoutes {
    private final RegistryQueries queries;

    SchemaRoutes(RegistryQueries queries) {
        this.queries = queries;
    }

    void register(Javalin app) {
        app.get("/schemas/types", ctx -> HttpJson.answer(ctx, List.of(AvroSchemas.AVRO)));
        app.get("/schemas/ids/{id}", ctx -> HttpJson.answer(ctx, HttpJson.fields("schema", queries.schemaById(id(ctx)))));
        app.get("/schemas/ids/{id}/schema", ctx -> HttpJson.answerRaw(ctx, queries.schemaById(id(ctx))));
        app.get("/schemas/ids/{id}/subjects", ctx -> HttpJson.answer(ctx, queries.versionsById(id(ctx),
                HttpJson.flag(ctx, "deleted")).stream().map(StoredVersion::subject).distinct().toList()));
        app.get("/schemas/ids/{id}/versions", ctx -> HttpJson.answer(ctx, queries.versionsById(id(ctx),
                HttpJson.flag(ctx, "deleted")).stream()
                .map(v -> HttpJson.fields("subject", v.subject(), "version", v.version())).toList()));
        app.get("/schemas", ctx -> {
            String prefix = ctx.queryParam("subjectPrefix");
            boolean deleted = HttpJson.flag(ctx, "deleted");
            boolean latestOnly = HttpJson.flag(ctx, "latestOnly");
            HttpJson.answer(ctx, queries.subjects(prefix, deleted).stream()
                    .flatMap(subject -> versions(subject, deleted, latestOnly).stream())
                    .map(SubjectRoutes::describe).toList());
        });
    }

    private List<StoredVersion> versions(String subject, boolean deleted, boolean latestOnly) {
        List<Integer> numbers = queries.versions(subject, deleted);
        List<Integer> wanted = latestOnly ? numbers.subList(numbers.size() - 1, numbers.size()) : numbers;
        return wanted.stream().map(n -> queries.find(subject, Integer.toString(n), deleted)).toList();
    }

    /** The id path parameter; anything but a positive integer cannot name a schema. */
    private static int id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new RegistryException(404, 40403, "Schema " + raw + " not found");
        }
    }
}
