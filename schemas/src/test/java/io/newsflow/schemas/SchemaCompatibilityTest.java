package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The schemas are a public contract: consumers read newsflow's topics with them. Every change
 * must be BACKWARD compatible (a reader on the new schema decodes data written with the last
 * released one), every field documented, every optional field a null-first union defaulting to null.
 */
class SchemaCompatibilityTest {
    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("src/test/resources/released");

    @Test
    void shouldReadDataOfEveryReleasedSchemaWhenSchemasChange() throws Exception {
        Map<String, Schema> current = byName(AvscFiles.load(CURRENT));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> releases = Files.list(RELEASED)) {
            for (Path release : releases.toList()) {
                for (Schema old : AvscFiles.load(release)) {
                    Schema now = current.get(old.getFullName());
                    if (now == null) {
                        problems.add(old.getFullName() + " (released in " + release.getFileName() + ") was removed");
                        continue;
                    }
                    var result = SchemaCompatibility.checkReaderWriterCompatibility(now, old).getResult();
                    if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE) {
                        problems.add(old.getFullName() + " is not BACKWARD compatible with " + release.getFileName()
                            + ": " + result.getIncompatibilities().stream()
                                .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")").toList());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldDocumentEveryTypeAndFieldWhenSchemasAreDefined() throws Exception {
        List<String> undocumented = new ArrayList<>();
        for (Schema schema : AvscFiles.load(CURRENT)) {
            if (blank(schema.getDoc())) {
                undocumented.add(schema.getFullName());
            }
            if (schema.getType() == Schema.Type.RECORD) {
                schema.getFields().stream().filter(f -> blank(f.doc()))
                    .forEach(f -> undocumented.add(schema.getFullName() + "." + f.name()));
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldMakeOptionalFieldsNullFirstWithNullDefaultWhenFieldsAreNullable() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Schema schema : AvscFiles.load(CURRENT)) {
            if (schema.getType() != Schema.Type.RECORD) {
                continue;
            }
            for (Schema.Field field : schema.getFields()) {
                Schema type = field.schema();
                if (type.getType() == Schema.Type.UNION && type.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL)) {
                    boolean nullFirst = type.getTypes().get(0).getType() == Schema.Type.NULL;
                    boolean nullDefault = field.hasDefaultValue() && field.defaultVal() == org.apache.avro.JsonProperties.NULL_VALUE;
                    if (!nullFirst || !nullDefault) {
                        wrong.add(schema.getFullName() + "." + field.name());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Map<String, Schema> byName(Collection<Schema> schemas) {
        return schemas.stream().collect(Collectors.toMap(Schema::getFullName, Function.identity()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
