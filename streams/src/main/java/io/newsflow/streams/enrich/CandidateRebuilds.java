package io.newsflow.streams.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * New {@link Candidate}s made from one the finder gave, for the few that the classifier reads
 * again in part: the words after a sentence's opening preposition or a title ("Según la
 * Asociación ...", "ministre de l'Intérieur Olivier Duval"), and the place before "-based".
 */
final class CandidateRebuilds {

    private CandidateRebuilds() {
    }

    /** The span from word {@code from} on, no longer opening a sentence. */
    static Candidate rest(Candidate c, int from, boolean afterTitle) {
        Word[] memo = Arrays.copyOfRange(c.memo(), from, c.size());
        String first = Token.stripElision(memo[0].surface()); // "Secondo l'Autorità": the name is "Autorità"
        if (first.length() != memo[0].length()) {
            memo[0] = Word.of(first);
        }
        String key = key(memo);
        int start = c.end() - key.length(); // the words are separated by single spaces in nearly all text
        return new Candidate(memo, key, listed(key), c.paragraph(), start, c.end(), false, c.lower(from - 1),
                from > 1 ? c.lower(from - 2) : c.previous(), c.next(), afterTitle, c.apposition(),
                c.word(from - 1), from > 1 ? c.word(from - 2) : c.previousWord(), c.nextWord());
    }

    /**
     * "Siemens" of "Siemens-Chef": the body before a role compound's last hyphen, a one-word candidate (a listed name
     * with its spaces: "IG Metall" of "IG-Metall-Bezirksleiter"), with the role as the word after it ("Axpo-Chef" reads as "Axpo chef", a company's role, even opening a sentence).
     */
    static Candidate compoundHead(Candidate c) {
        String surface = c.word(0).surface();
        // the role is the last part: "IG-Metall-Bezirksleiter" is IG Metall's, "Mercedes-Benz-Chef" Mercedes-Benz's
        int hyphen = surface.lastIndexOf('-');
        String name = surface.substring(0, hyphen);
        String spaced = name.replace('-', ' ');
        Word head = Word.of(!spaced.equals(name) && Gazetteer.get().listed(spaced.toLowerCase(Locale.ROOT)) != 0
                ? spaced : name);
        Word role = Word.of(surface.substring(hyphen + 1));
        return new Candidate(new Word[] {head}, head.lower(), listed(head.lower()) | head.gazetteer()
                & (Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN), c.paragraph(),
                c.start(), c.start() + head.length(), c.initial(), c.previous(), c.beforePrevious(), role.lower(),
                false, List.of(), c.previousWord(), c.beforePreviousWord(), role);
    }

    /**
     * The candidate as the listed place it names by another word: a state for its abbreviation ("Ariz."
     * gives Arizona), a city for its people ("les Bruxellois" gives Bruxelles); its context is kept.
     */
    static Candidate place(Candidate c, String name) {
        Word[] memo = {Word.of(name)};
        return new Candidate(memo, memo[0].lower(), Gazetteer.PLACE, c.paragraph(), c.start(), c.end(), false,
                c.previous(), c.beforePrevious(), c.next(), false, List.of(), c.previousWord(), c.beforePreviousWord(),
                c.nextWord());
    }

    /** "Szczecin-based" as "Szczecin": the last word without its suffix ({@link ContextCues#BASED}). */
    static Candidate withoutBased(Candidate c) {
        int suffixLength = ContextCues.BASED.length();
        int last = c.size() - 1;
        String surface = c.word(last).surface();
        Word[] memo = c.memo().clone();
        memo[last] = Word.of(surface.substring(0, surface.length() - suffixLength));
        String key = key(memo);
        return new Candidate(memo, key, listed(key), c.paragraph(), c.start(), c.end() - suffixLength,
                c.initial(), c.previous(), c.beforePrevious(), "", c.afterTitle(), List.of(),
                c.previousWord(), c.beforePreviousWord(), null);
    }

    /** The candidate with its first word in another form ("Gdańsk" for "Gdańsku"), where it stood in the text. */
    static Candidate withFirstWord(Candidate c, Word first) {
        Word[] memo = c.memo().clone();
        memo[0] = first;
        return withWords(c, memo);
    }

    /** The candidate with its words in other forms ("Statistisches Bundesamt"), where it stood in the text. */
    static Candidate withWords(Candidate c, Word[] memo) {
        String key = key(memo);
        return new Candidate(memo, key, listed(key), c.paragraph(), c.start(), c.end(), c.initial(), c.previous(),
                c.beforePrevious(), c.next(), c.afterTitle(), c.apposition(), c.previousWord(), c.beforePreviousWord(),
                c.nextWord());
    }

    /** The part of a one-word candidate from character {@code offset} on, a name of its own ("Palermo" of "Roma-Palermo"). */
    static Candidate part(Candidate c, int offset, String name) {
        Word[] memo = {Word.of(name)};
        int start = c.start() + offset;
        return new Candidate(memo, memo[0].lower(), listed(memo[0].lower()), c.paragraph(), start, start + name.length(),
                c.initial() && offset == 0, c.previous(), c.beforePrevious(), c.next(), false, List.of(), c.previousWord(),
                c.beforePreviousWord(), c.nextWord());
    }

    /** The lower-case words joined by spaces (only for the rare candidates rebuilt here). */
    private static String key(Word[] memo) {
        StringBuilder sb = new StringBuilder();
        for (Word w : memo) {
            sb.append(sb.length() > 0 ? " " : "").append(w.lower());
        }
        return sb.toString();
    }

    private static int listed(String key) {
        return Gazetteer.get().listed(key) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN); // as Span.candidate
    }
}
