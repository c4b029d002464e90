package io.newsflow.registry.core;

import static io.newsflow.registry.core.RegistryServiceTest.V1;
import static io.newsflow.registry.core.RegistryServiceTest.V2;
import static io.newsflow.registry.core.RegistryServiceTest.V2_NO_DEFAULT;
import static io.newsflow.registry.core.RegistryServiceTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The registry's compatibility rules: a schema that is not BACKWARD compatible is refused, FORWARD
 * and transitive levels check the versions they should, and the compatibility configs answer with
 * Confluent's codes. Registration, lookups, deletes and ids: {@link RegistryServiceTest}.
 */
class RegistryServiceCompatibilityTest {

    private final RegistryService service = RegistryService.open(new InMemorySchemaStore());

    @Test
    void shouldRejectWith40901WhenSchemaIsNotBackwardCompatible() {
        service.register("a-value", V1, null);
        assertCode(() -> service.register("a-value", V2_NO_DEFAULT, null), 409, 40901);
        assertThat(service.testCompatibility("a-value", "latest", V2_NO_DEFAULT, null)).isNotEmpty();
        assertThat(service.testCompatibility("a-value", null, V2, null)).isEmpty();
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
}
