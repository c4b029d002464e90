package io.newsflow.registry.core;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Checks a candidate schema against existing versions with Avro's own
 * {@link SchemaCompatibility}, the same rules Avro applies when it resolves a writer schema
 * against a reader schema at decode time (so "compatible" here means "decodes" there).
 */
public final class CompatibilityChecker {
    private CompatibilityChecker() {
    }

    /**
     * @param level    the subject's level
     * @param candidate the schema being registered or tested
     * @param existing the subject's live versions, oldest first
     * @return one message per incompatibility; empty when compatible
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<Schema> existing) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || existing.isEmpty()) {
            return messages;
        }
        List<Schema> against = level.transitive() ? existing : List.of(existing.get(existing.size() - 1));
        for (int i = against.size() - 1; i >= 0; i--) {
            Schema old = against.get(i);
            if (level.backward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "BACKWARD", old, messages);
            }
            if (level.forward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "FORWARD", old, messages);
            }
        }
        return messages;
    }

    private static void describe(SchemaPairCompatibility result, String direction, Schema old, List<String> messages) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            messages.add("{errorType:'" + incompatibility.getType() + "', description:'" + direction
                    + ": " + incompatibility.getMessage() + "', additionalInfo:'" + incompatibility.getMessage()
                    + "', location:'" + incompatibility.getLocation() + "'}");
        }
        messages.add("{oldSchema: '" + old + "'}");
    }
}
