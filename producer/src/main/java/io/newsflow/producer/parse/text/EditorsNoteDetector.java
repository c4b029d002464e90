package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an "Editor's note:" paragraph: the author it presents ({@code Marta Kowalczyk is a senior
 * fellow...}, {@code The author, Jane Doe, ...}), the outlet it names ({@code ...the view of
 * Portline.Info}, {@code ...the position of The Harbour Times}) and whether it marks the piece as
 * opinion or analysis.
 */
public final class EditorsNoteDetector {
    private static final Pattern START = UnicodeRegex.compile("(?iu)^\\W{0,3}(?:(?:editor['’]?s['’]?\\s+note|note from the editors?|"
            + "note de la rédaction|note de l['’]éditeur|anmerkung der redaktion|nota del editor|nota della redazione|nota redazionale|"
            // Spanish, Catalan, Portuguese, Dutch, Polish, Romanian, Russian, Friulian: "Nota de la redacción:", "Note de redazion:"
            + "nota de la redacción|nota de la redacció|nota da redação|nota do editor|noot van de redactie|od redakcji|"
            + "nota redacției|от редакции|примечание редакции|note de redazion)\\s*[:.–—-]\\s*"
            // a closing note naming the writer: "(This article was written by Yuki Tanaka, a senior staff writer.)"
            + "|(?=this (?:article|story|report) was (?:written|reported) by\\b))");
    /** A name's word: a capital, then letters, or an initial ("J."); a full stop after a word ends a sentence. */
    private static final String WORD = "[\\p{Lu}](?:[\\p{L}\\p{M}'’-]+|\\.)";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:van|de|der|den|von|da|di|du|la|le|del|dos|" + WORD + ")){1,4})";
    // (the name may carry an apposition: "Ines Okafor, a lecturer at the University of Lagos, wrote this piece for ...")
    private static final Pattern PRESENTS = UnicodeRegex.compile(NAME + "(?:,\\s+(?:a|an)\\s+[^,]{3,120},)?,?\\s+(?:is|was|are|has been|writes|wrote|teaches|works|heads|leads|served|"
            + "ist|war|leitet|lehrt|est|était|dirige|enseigne|è|era|insegna|dirige|es|fue|trabaja|werkt|jest|é|foi|e je|al è)(?!\\p{L})");
    /** "This opinion piece by Jane Doe ...", "written by Jane Doe". */
    private static final Pattern WRITTEN_BY = UnicodeRegex.compile("(?iu:\\b(?:piece|article|column|commentary|essay|analysis|op-ed|written|reported|contributed)\\s+by\\s+)" + NAME);
    private static final Pattern AUTHOR_APPOSITION = UnicodeRegex.compile("(?iu)\\b(?:the\\s+)?authors?,?\\s+(?-i)" + NAME);
    // only the keywords are case-insensitive: the outlet must start with a real capital
    private static final Pattern OUTLET = UnicodeRegex.compile("(?iu:\\b(?:views?|opinions?|positions?|policy|stance|editorial line|"
            + "those|board)\\s+of\\s+|"
            // the same in the Romance languages and Friulian: "la opinión de El Faro", "la viodude di Il Diari"
            + "\\b(?:opinione|opinión|opinião|posizione|posición|posição|point de vue|viodude|linea editoriale|línea editorial)"
            + "\\s+(?:di|de|del|della|dal|da|do|du)\\s+)(?:[Tt]he\\s+(?=\\p{Ll}))?(\\p{Lu}.+?)(?:\\s+(?:or|and|nor|its)\\b.*|[,;].*|\\.(?:\\s.*)?)?$");

    /** "writes the monthly Tideline column for Coastline Review", "a regular columnist at The Courier", "wrote this piece for". */
    private static final Pattern COLUMN_FOR = UnicodeRegex.compile("(?iu:\\b(?:column|columnist|newsletter|blog|commentary|piece|"
            + "contributor|contributing editor)\\s+(?:for|at|to|in)\\s+)(?:[Tt]he\\s+(?=\\p{Ll}))?(\\p{Lu}.+?)"
            + "(?:\\s+(?:or|and|nor|since|from)\\b.*|[,;].*|\\.(?:\\s.*)?)?$");

    /** "This article first appeared in Andes Resource Journal": a note at the end naming the outlet. */
    private static final Pattern APPEARED_IN = UnicodeRegex.compile("(?iu:\\b(?:first|originally)\\s+(?:appeared|published|ran)\\s+"
            + "(?:in|on|by)\\s+)(?:[Tt]he\\s+(?=\\p{Ll}))?(\\p{Lu}.+?)(?:\\s+(?:and|on|in \\d{4})\\b.*|[,;].*|\\.(?:\\s.*)?)?$");

    private EditorsNoteDetector() {
    }

    /** The parsed note when the paragraph is an editor's note. */
    public static Optional<EditorsNote> detect(String paragraph) {
        Matcher start = START.matcher(paragraph);
        if (!start.find()) {
            return Optional.empty();
        }
        String body = paragraph.substring(start.end()).strip();
        List<String> authors = new ArrayList<>();
        Matcher presents = PRESENTS.matcher(body);
        while (presents.find()) {
            String candidate = presents.group(1).replaceFirst("^(?:The|This|Our|Dr\\.?|Prof\\.?)\\s+", "");
            if (PersonNames.isName(candidate)) {
                authors.add(NameCase.natural(candidate));
            }
        }
        Matcher by = WRITTEN_BY.matcher(body);
        while (authors.isEmpty() && by.find()) {
            if (PersonNames.isName(by.group(1))) {
                authors.add(NameCase.natural(by.group(1)));
            }
        }
        Matcher apposition = AUTHOR_APPOSITION.matcher(body);
        if (authors.isEmpty() && apposition.find() && PersonNames.isName(apposition.group(1))) {
            authors.add(NameCase.natural(apposition.group(1)));
        }
        String source = null;
        for (String sentence : body.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
            for (Pattern names : new Pattern[] {OUTLET, COLUMN_FOR, APPEARED_IN}) {
                Matcher outlet = names.matcher(sentence.strip());
                while (source == null && outlet.find()) {
                    // "The Valley Tribune's editorial board": the outlet is the possessor
                    String candidate = outlet.group(1).strip().replaceFirst("['’]s\\s.*$", "");
                    if (Outlets.looksLikeOutlet(candidate) && !authors.contains(NameCase.natural(candidate))) {
                        source = candidate;
                    }
                }
            }
        }
        return Optional.of(new EditorsNote(paragraph.strip(), List.copyOf(authors), source, ArticleTypes.fromDisclaimer(body)));
    }
}
