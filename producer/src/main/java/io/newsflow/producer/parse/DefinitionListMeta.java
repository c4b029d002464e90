package io.newsflow.producer.parse;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A story's facts written as a definition list under its headline, each term a label and its description the value:
 * {@code <dl><dt>Written by</dt><dd>Peter Lindqvist</dd><dt>Section</dt><dd><a>Environment</a></dd></dl>}. The writer's
 * and the section's labels are read here; the date's description is a date line the page's text rules read.
 */
final class DefinitionListMeta {
    /** A list of more terms is a glossary or a fact box, not the story's header. */
    private static final int MAX_TERMS = 8;
    private static final Pattern WRITER = Pattern.compile("(?iu)(?:written by|author|authors|by|reporter|words|autor|autorin|auteur|autore|"
            + "författare|forfatter|kirjoittaja)\\s*:?");
    private static final Pattern SECTION = Pattern.compile("(?iu)(?:section|category|filed under|topic|rubrik|rubrique|kategorie|categoría|"
            + "categoria|sección|sezione|seksjon|kategori)\\s*:?");

    private DefinitionListMeta() {
    }

    /** The writers the list's writer term describes; none when no such list stands in the story. */
    static List<String> writers(Document doc) {
        Element value = described(doc, WRITER);
        return value == null ? List.of() : HtmlAuthors.authorsOf(value.text());
    }

    /** The section the list's section term describes, when it is one name; else null. */
    static String section(Document doc) {
        Element value = described(doc, SECTION);
        return value == null || value.select("a").size() > 1 ? null : value.text().strip();
    }

    /** The description of the first term of a story's short definition list that the label matches whole; or null. */
    private static Element described(Document doc, Pattern label) {
        for (Element list : doc.select("dl")) {
            if (list.select("dt").size() > MAX_TERMS || !StoryLocator.thisStory(list)) {
                continue;
            }
            for (Element term : list.select("dt")) {
                Element value = term.nextElementSibling();
                if (label.matcher(term.text().strip()).matches() && value != null && value.is("dd") && !value.text().isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }
}
