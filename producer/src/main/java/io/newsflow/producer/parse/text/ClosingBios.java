package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The writer's bio closing the text, a sentence of its own that opens with the byline's name (or a role and the name)
 * and says what the writer does: "Sarah Scire is deputy editor of Nieman Lab.", "Jack Izzo is a fact-checker for Snopes
 * based in Chicago.", "Reporter Heather Richards covers energy for E&amp;E News." A note about the writer, not the story:
 * the line leaves the text, and the outlet it names is offered as the source. A line that gives the writer's address
 * too ("... She can be reached at ...") stays, as writers' contact notes do, and so does a closing line about anyone else.
 */
final class ClosingBios {
    /** How many closing lines may follow the bio (a photo credit, a plug, a button). */
    private static final int WINDOW = 4;
    /** How many closing lines may hold the note that names the outlet (a disclaimer or a signature may follow it). */
    private static final int BIO_WINDOW = 2;
    /** A role before the name: "Reporter Heather Richards covers ...". */
    private static final Pattern ROLE_FIRST = Pattern.compile("^(?:(?:Senior|Staff|Chief|Deputy|Freelance) )?(?:Reporter|Writer|Correspondent"
            + "|Editor|Journalist|Columnist)\\s+");
    /**
     * What the writer does, after the name: "is deputy editor of", "is a freelance journalist", "covers energy", ", Senior
     * Staff Writer, Education Week covers"; or, a contributor's, their post elsewhere: "is HR advice and consultancy director
     * at Peninsula".
     */
    private static final Pattern WORK = UnicodeRegex.compile("^,?\\s+(?:is|was|has been)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}"
            + "(?i:reporter|correspondent|editor|writer|journalist|columnist|fact-checker|producer|contributor|critic|fellow|intern"
            + "|photographer|director|manager|founder|co-founder|president|partner|professor|lecturer|consultant|analyst|adviser|advisor"
            + "|researcher|economist|chief executive)\\b.*|^\\s+(?:covers|writes about|writes on|reports on|writes for|reports for)\\s.*"
            + "|^,\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?i:reporter|correspondent|editor|writer|journalist|columnist)(?:,\\s+[^,.]{1,50})?,?\\s+"
            + "(?:covers|writes about|writes on|reports on)\\s.*");
    /** A sentence giving only how to reach the writer. */
    private static final Pattern CONTACT = Pattern.compile("(?i)\\b(?:can be reached|reach (?:him|her|them) at|email (?:him|her|them)"
            + "|contact (?:him|her|them)|follow (?:him|her|them))\\b");

    /**
     * "Anna Kowalski covers markets for Capital Street Daily.", "... is a business reporter at The
     * Courier.", "... is health editor of The Midlands Courier.": a journalist's work for the outlet
     * (not "a fellow at the Vienna Institute", an employer).
     */
    private static final Pattern WRITES_FOR = UnicodeRegex.compile("^\\s+(?:covers|writes about|writes on|reports on|"
            + "reports|writes|is (?:an? |the )?(?:[\\p{Ll}-]+\\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist))"
            + "(?:\\s+[\\p{Ll} ,-]{1,60}?)?\\s+(?:for|at|of)\\s+(\\p{Lu}[\\p{L}\\d.&'’ -]{1,40}?)"
            + "(?:\\s+(?:based|stationed) in\\s+\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40})?\\.?$"); // ("... for The Times based in Rio")

    private ClosingBios() {
    }

    /** A writer's note in brackets closing the text's last paragraph, not a line of its own: "... overfished since 2015. (This article ...)". */
    private static final Pattern TRAILING_NOTE = Pattern.compile("(?<=[.!?\"”’])\\s+\\(((?iu:this) (?:article|story|report) was (?:written|reported) by [^()]{3,200})\\)$");

    /** The note closing the last paragraph ({@link #TRAILING_NOTE}), read as its own line is ({@link EditorsNoteDetector}) and taken out of it. */
    private static void trailingNote(ArticleDraft draft, List<String> content) {
        String last = content.isEmpty() ? "" : content.get(content.size() - 1).strip();
        Matcher note = TRAILING_NOTE.matcher(last);
        Optional<EditorsNote> read = note.find() ? EditorsNoteDetector.detect(note.group(1)) : Optional.empty();
        if (read.isPresent() && !read.get().authors().isEmpty()) {
            read.get().authors().forEach(draft::addAuthor);
            content.set(content.size() - 1, last.substring(0, note.start()).strip());
        }
    }

    /** Removes the byline's writer's closing bio from {@code content}; offers the outlet it names as the source. */
    static void take(ArticleDraft draft, List<String> content) {
        trailingNote(draft, content);
        for (int k = content.size() - 1; k >= Math.max(1, content.size() - WINDOW); k--) {
            String line = content.get(k).strip();
            Matcher role = ROLE_FIRST.matcher(line);
            String named = role.lookingAt() ? line.substring(role.end()) : line;
            for (String author : draft.authors) {
                if (named.startsWith(author) && WORK.matcher(named.substring(author.length())).matches() && !CONTACT.matcher(line).find()) {
                    outletOf(named.substring(author.length())).ifPresent(outlet -> draft.offerSource(outlet, TextArticleParser.SIGNATURE));
                    content.remove(k);
                    return;
                }
            }
        }
    }

    /**
     * The outlet that the byline's writer names in a closing line left in the text, when nothing else named one:
     * "Anna Kowalski is a reporter for Capital Street Daily. She can be reached at ...", a bio with the writer's address.
     */
    static void outletFromBio(ArticleDraft draft, List<String> content) {
        if (draft.source != null || draft.authors.isEmpty()) {
            return;
        }
        for (int k = content.size() - 1; k >= Math.max(1, content.size() - BIO_WINDOW); k--) {
            String line = content.get(k).strip();
            for (String author : draft.authors) {
                if (line.startsWith(author)) {
                    Optional<String> outlet = outletOf(line.substring(author.length()));
                    if (outlet.isPresent()) {
                        draft.offerSource(outlet.get(), TextArticleParser.SIGNATURE);
                        return;
                    }
                }
            }
        }
    }

    /** A sentence's end inside a note (not an initial's: "the U.S. Army"). */
    private static final Pattern SENTENCE_END = UnicodeRegex.compile("(?<=\\p{L}{2}\\.)\\s+(?=\\p{Lu})");

    /** The outlet a writer's note names after the name, in its first sentence: " covers markets for Capital Street Daily." */
    static Optional<String> outletOf(String afterName) {
        Matcher writes = WRITES_FOR.matcher(SENTENCE_END.split(afterName, 2)[0]);
        return writes.matches() ? Optional.of(Outlets.firstOfTwo(writes.group(1))) : Optional.empty();
    }
}
