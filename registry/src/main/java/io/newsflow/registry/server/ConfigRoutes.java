package io.newsflow.registry.server;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.registry.core.RegistryException;
import io.newsflow.registry.core.RegistryService;

/**
 * Confluent's {@code /config}, {@code /compatibility}, {@code /mode} and root resources. The
 * registry has one mode, READWRITE (no import or read-only modes).
 */
final class ConfigRoutes {
    private static final String READWRITE = "READWRITE";
    private final RegistryService service;

    ConfigRoutes(RegistryService service) {
        this.service = service;
    }

    void register(Javalin app) {
        app.get("/", ctx -> HttpJson.answer(ctx, HttpJson.fields()));
        app.get("/contexts", ctx -> HttpJson.answer(ctx, List.of(".")));
        app.get("/config", ctx -> level(ctx, service.configs().global().name()));
        app.put("/config", ctx -> updated(ctx, service.configs().setGlobal(compatibility(ctx)).name()));
        app.delete("/config", ctx -> level(ctx, service.configs().deleteGlobal().name()));
        app.get("/config/{subject}", ctx -> level(ctx,
                service.configs().subject(ctx.pathParam("subject"), HttpJson.flag(ctx, "defaultToGlobal")).name()));
        app.put("/config/{subject}", ctx -> updated(ctx,
                service.configs().setSubject(ctx.pathParam("subject"), compatibility(ctx)).name()));
        app.delete("/config/{subject}", ctx -> level(ctx,
                service.configs().deleteSubject(ctx.pathParam("subject")).name()));
        app.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> compatible(ctx, ctx.pathParam("version")));
        app.post("/compatibility/subjects/{subject}/versions", ctx -> compatible(ctx, null));
        app.get("/mode", ctx -> HttpJson.answer(ctx, HttpJson.fields("mode", READWRITE)));
        app.get("/mode/{subject}", ctx -> HttpJson.answer(ctx, HttpJson.fields("mode", READWRITE)));
        app.put("/mode", ctx -> {
            String mode = HttpJson.text(HttpJson.body(ctx), "mode");
            if (!READWRITE.equalsIgnoreCase(mode)) {
                throw new RegistryException(422, 42204, "Invalid mode '" + mode + "': this registry supports READWRITE only");
            }
            HttpJson.answer(ctx, HttpJson.fields("mode", READWRITE));
        });
    }

    private void compatible(Context ctx, String version) {
        HttpJson.SchemaRequest request = HttpJson.schemaRequest(ctx);
        List<String> messages = service.testCompatibility(ctx.pathParam("subject"), version, request.schema(),
                request.schemaType());
        HttpJson.answer(ctx, HttpJson.flag(ctx, "verbose")
                ? HttpJson.fields("is_compatible", messages.isEmpty(), "messages", messages)
                : HttpJson.fields("is_compatible", messages.isEmpty()));
    }

    private static String compatibility(Context ctx) {
        JsonNode body = HttpJson.body(ctx);
        String level = HttpJson.text(body, "compatibility");
        return level != null ? level : HttpJson.text(body, "compatibilityLevel");
    }

    private static void level(Context ctx, String level) {
        HttpJson.answer(ctx, HttpJson.fields("compatibilityLevel", level));
    }

    private static void updated(Context ctx, String level) {
        HttpJson.answer(ctx, HttpJson.fields("compatibility", level));
    }
}
