package io.newsflow.registry.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The registry's rules for registering and finding schemas: one id per schema across subjects,
 * invalid schemas refused, Confluent's not-found codes, soft and permanent deletes, and ids that
 * are never reused, after a restart or a write whose acknowledgement was lost. Compatibility:
 * {@link RegistryServiceCompatibilityTest}.
 */
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
