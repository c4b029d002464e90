package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;

/**
 * An object whose fields a .NET serializer named in PascalCase (Sitefinity's and DNN's answers: {@code "Title"},
 * {@code "Content"}, {@code "PublicationDate"}, {@code "SourceName"}) read with its names' first letters in lower case,
 * as the camelCase names every reader here knows ({@code "title"}, {@code "publicationDate"}). Only when most of its
 * names are so written: a single capitalised field in a camelCase object is left as it is.
 */
final class PascalCaseFields {

    private PascalCaseFields() {
    }

    /** The object with its names decapitalised, nested objects too, when most are PascalCase; else the node itself. */
    static JsonNode camelCased(JsonNode node) {
        return node.isObject() && mostlyPascal(node) ? decapitalised(node) : node;
    }

    private static boolean mostlyPascal(JsonNode object) {
        int named = 0;
        int pascal = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                continue; // "@odata.etag", "_links": a protocol's names, not the content's
            }
            named++;
            pascal += Character.isUpperCase(name.charAt(0)) ? 1 : 0;
        }
        return named >= 3 && pascal * 3 > named * 2;
    }

    private static JsonNode decapitalised(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(decapitalised(element)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        return JsonRecords.renamed(node, KontentItems::decapitalised, PascalCaseFields::decapitalised);
    }
}
