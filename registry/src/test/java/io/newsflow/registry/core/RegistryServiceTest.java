package io.newsflow.registry.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RegistryServiceTest {
    static final String V1 = "{\"type\":\"record\",\"name\":\"Headline\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"title\",\"type\":\"string\"}]}";
    static final String V2 = "{\"type\":\"record\",\"name\":\"Headline\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"}]}";
    /** Adds a field without default: new readers cannot read old data (not BACKWARD). */
    static final String V2_NO_DEFAULT = "{\"type\":\"record\",\"name\":\"Headline\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\"}]}";

    private final InMemorySchemaStore store = new InMemorySchemaStore();
    private final RegistryService service = RegistryService.open(store);

    @Test
    void shouldReturnSameIdAndNoNewVersionWhenSameSchemaRegisteredAgain() {
        int id = service.register("a-value", V1, null);
        // same schema, other spelling (whitespace, attribute order): same canonical form
        int again = service.register("a-value", " {\"namespace\":\"t\", \"type\":\"record\",\"name\":\"Headline\","
                + "\"fields\":[{\"type\":\"string\",\"name\":\"title\"}]}", "AVRO");
        assertThat(again).isEqualTo(id);
        assertThat(service.queries().versions("a-value", false)).containsExactly(1);
    }

    @Test
    void shouldShareGlobalIdWhenSameSchemaRegisteredInAnotherSubject() {
        int id = service.register("a-value", V1, null);
        int other = service.register("b-value", V1, null);
        int v2 = service.register("a-value", V2, null);
        assertThat(other).isEqualTo(id);
        assertThat(v2).isEqualTo(id + 1);
        assertThat(service.queries().versionsById(id, false)).extracting(StoredVersion::subject)
                .containsExactlyInAnyOrder("a-value", "b-value");
    }

    @Test
    void shouldRejectWith40901WhenSchemaIsNotBackwardCompatible() {
        service.register("a-value", V1, null);
        assertCode(() -> service.register("a-value", V2_NO_DEFAULT, null), 409, 40901);
        assertThat(service.testCompatibility("a-value", "latest", V2_NO_DEFAULT, null)).isNotEmpty();
        assertThat(service.testCompatibility("a-value", null, V2, null)).isEmpty();
    }

    @Test
    void shouldRejectWith42201WhenSchemaIsInvalidOrNotAvro() {
        assertCode(() -> service.register("a-value", "{\"type\":\"recrod\"}", null), 422, 42201);
        assertCode(() -> service.register("a-value", "not json", null), 422, 42201);
        assertCode(() -> service.register("a-value", V1, "PROTOBUF"), 422, 42201);
        assertCode(() -> service.register("a-value", "{\"type\":\"record\",\"name\":\"R\",\"fields\":["
                + "{\"name\":\"n\",\"type\":\"int\",\"default\":\"x\"}]}", null), 422, 42201);
    }

    @Test
    void shouldAnswerNotFoundCodesWhenLookingUpUnknownSubjectSchemaOrVersion() {
        assertCode(() -> service.queries().lookup("nope", V1, null, false), 404, 40401);
        service.register("a-value", V1, null);
        assertCode(() -> service.queries().lookup("a-value", V2, null, false), 404, 40403);
        assertCode(() -> service.queries().find("a-value", "7", false), 404, 40402);
        assertCode(() -> service.queries().find("a-value", "zero", false), 422, 42202);
        assertCode(() -> service.queries().find("a-value", "0", false), 422, 42202);
        assertCode(() -> service.queries().schemaById(99), 404, 40403);
        assertThat(service.queries().lookup("a-value", V1, null, false).version()).isEqualTo(1);
        assertThat(service.queries().find("a-value", "-1", false).version()).isEqualTo(1);
    }

    @Test
    void shouldFollowConfluentDeleteRulesWhenDeletingSoftThenPermanently() {
        service.register("a-value", V1, null);
        service.register("a-value", V2, null);
        assertCode(() -> service.deleteSubject("a-value", true), 404, 40405);
        assertThat(service.deleteSubject("a-value", false)).containsExactly(1, 2);
        assertCode(() -> service.deleteSubject("a-value", false), 404, 40404);
        assertThat(service.queries().subjects(null, false)).isEmpty();
        assertThat(service.queries().subjects(null, true)).containsExactly("a-value");
        assertThat(service.deleteSubject("a-value", true)).containsExactly(1, 2);
        assertCode(() -> service.deleteSubject("a-value", true), 404, 40401);
    }

    @Test
    void shouldFollowConfluentRulesWhenDeletingOneVersion() {
        service.register("a-value", V1, null);
        service.register("a-value", V2, null);
        assertCode(() -> service.deleteVersion("a-value", "1", true), 404, 40407);
        assertThat(service.deleteVersion("a-value", "1", false)).isEqualTo(1);
        assertCode(() -> service.deleteVersion("a-value", "1", false), 404, 40406);
        assertThat(service.queries().versions("a-value", false)).containsExactly(2);
        assertThat(service.queries().versions("a-value", true)).containsExactly(1, 2);
        assertThat(service.deleteVersion("a-value", "1", true)).isEqualTo(1);
        assertThat(service.queries().versions("a-value", true)).containsExactly(2);
        assertCode(() -> service.deleteVersion("a-value", "5", false), 404, 40402);
    }

    @Test
    void shouldKeepIdsAndNeverReuseThemWhenReplayedFromTheStore() {
        int id1 = service.register("a-value", V1, null);
        service.register("b-value", V2, null);
        service.deleteSubject("b-value", false);
        service.deleteSubject("b-value", true);
        service.configs().setSubject("a-value", "full");

        RegistryService restarted = RegistryService.open(store);
        assertThat(restarted.queries().lookup("a-value", V1, null, false).id()).isEqualTo(id1);
        assertThat(restarted.configs().subject("a-value", false)).isEqualTo(CompatibilityLevel.FULL);
        assertCode(() -> restarted.queries().schemaById(id1 + 1), 404, 40403);
        // the permanently deleted id 2 stays retired: a new schema gets 3
        int fresh = restarted.register("c-value", "\"string\"", null);
        assertThat(fresh).isEqualTo(id1 + 2);
    }

    @Test
    void shouldCheckAllVersionsOnlyWhenLevelIsTransitive() {
        String v3DropsLang = V1.replace("\"title\"", "\"title\"").replace("}]}", "},"
                + "{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}");
        service.configs().setSubject("a-value", "FORWARD");
        service.register("a-value", V1, null);
        service.register("a-value", V2, null);
        // v3 has no 'lang': v2 readers need it but have a default, v1 readers ignore 'n' -> forward ok
        assertThat(service.testCompatibility("a-value", null, v3DropsLang, null)).isEmpty();
        String titleRemoved = "{\"type\":\"record\",\"name\":\"Headline\",\"namespace\":\"t\",\"fields\":["
                + "{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"}]}";
        // against v2 only (FORWARD): v2 reader needs 'title' without default -> incompatible either way
        assertThat(service.testCompatibility("a-value", null, titleRemoved, null)).isNotEmpty();
        service.configs().setSubject("a-value", "NONE");
        assertThat(service.register("a-value", titleRemoved, null)).isPositive();
    }

    @Test
    void shouldDistinguishTransitiveFromLatestOnlyChecks() {
        String a = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}";
        String b = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"x\",\"type\":\"int\",\"default\":1}]}";
        String c = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"x\",\"type\":\"string\",\"default\":\"1\"}]}";
        service.configs().setGlobal("NONE");
        service.register("r", a, null);
        service.register("r", b, null);
        service.configs().setSubject("r", "BACKWARD");
        // c cannot read x:int written by a or b
        assertThat(service.testCompatibility("r", null, c, null)).isNotEmpty();
        String d = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"y\",\"type\":\"int\",\"default\":2}]}";
        // d ignores x and defaults y: backward compatible with both
        service.configs().setSubject("r", "BACKWARD_TRANSITIVE");
        assertThat(service.testCompatibility("r", null, d, null)).isEmpty();
        assertThat(service.testCompatibility("r", "1", d, null)).isEmpty();
    }

    @Test
    void shouldHandleConfigsWithConfluentCodes() {
        assertThat(service.configs().global()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertCode(() -> service.configs().setGlobal("sideways"), 422, 42203);
        assertCode(() -> service.configs().subject("s", false), 404, 40408);
        assertThat(service.configs().subject("s", true)).isEqualTo(CompatibilityLevel.BACKWARD);
        for (CompatibilityLevel level : CompatibilityLevel.values()) {
            assertThat(service.configs().setSubject("s", level.name().toLowerCase())).isEqualTo(level);
        }
        assertThat(service.configs().deleteSubject("s")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertCode(() -> service.configs().deleteSubject("s"), 404, 40408);
        assertThat(List.of(CompatibilityLevel.values())).hasSize(7);
    }

    @Test
    void shouldNotReuseIdWhenAWriteFailedAfterLandingInTheStore() {
        InMemorySchemaStore backing = new InMemorySchemaStore();
        boolean[] failNext = {true};
        SchemaStore lostAck = new SchemaStore() {
            @Override
            public void replay(java.util.function.BiConsumer<String, String> sink) {
                backing.replay(sink);
            }

            @Override
            public void put(String key, String value) {
                backing.put(key, value);
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new IllegalStateException("acknowledgement lost");
                }
            }

            @Override
            public void close() {
            }
        };
        RegistryService flaky = RegistryService.open(lostAck);
        assertCode(() -> flaky.register("a-value", V1, null), 500, 50001);
        // V1 did land as id 1: the next schema must get 2, and V1 is found again
        assertThat(flaky.register("b-value", "\"string\"", null)).isEqualTo(2);
        assertThat(flaky.register("a-value", V1, null)).isEqualTo(1);
        assertThat(flaky.queries().versions("a-value", false)).containsExactly(1);
    }

    static void assertCode(ThrowingCallable call, int status, int code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errorCode()).isEqualTo(code);
        });
    }
}
