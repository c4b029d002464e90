package io.newsflow.registry.core;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Parses schema text the way the registry accepts it: Avro only, no references, and one
 * canonical text per schema ({@link Schema#toString()}: fixed attribute order, no whitespace), so
 * two spellings of the same schema get the same id.
 */
public final class AvroSchemas {
    /** The only schema type this registry serves. */
    public static final String AVRO = "AVRO";

    private AvroSchemas() {
    }

    /**
     * @param schemaText the schema JSON
     * @param schemaType {@code null} or {@code "AVRO"}
     * @return the parsed schema
     * @throws RegistryException 42201 when the text is not a valid Avro schema
     */
    public static Schema parse(String schemaText, String schemaType) {
        if (schemaType != null && !schemaType.isEmpty() && !AVRO.equalsIgnoreCase(schemaType)) {
            throw RegistryException.invalidSchema("Invalid schema: schema type " + schemaType
                    + " is not supported by this registry (AVRO only)");
        }
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryException.invalidSchema("Invalid schema: the request has no \"schema\"");
        }
        try {
            // a new Parser per call: a Parser remembers named types and would refuse a redefinition
            return new Schema.Parser().setValidateDefaults(true).parse(schemaText);
        } catch (AvroRuntimeException | NullPointerException | IllegalArgumentException e) {
            throw RegistryException.invalidSchema("Invalid schema " + abbreviate(schemaText) + ": " + e.getMessage());
        }
    }

    /** The canonical text that identifies a schema. */
    public static String canonical(Schema schema) {
        return schema.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
