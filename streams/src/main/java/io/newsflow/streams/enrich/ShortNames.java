package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's short name given in brackets right after its full name: "the Ghana Cocoa Board
 * (Cocobod)", "la Agencia Estatal de Meteorología (Aemet)". Initials are matched by coreference
 * ({@link EntityResolver}); a short name that is not the initials is matched only here, where the
 * text pairs the two. Each later mention of the short name is a mention of the full name.
 */
final class ShortNames {

    private ShortNames() {
    }

    /** Lower-case short name to the lower-case full name it stands for (empty when none). */
    static Map<String, String> inBrackets(List<Typed> typed, List<Paragraph> paragraphs) {
        Map<String, String> shortNames = Map.of();
        for (int i = 0; i + 1 < typed.size(); i++) {
            Candidate full = typed.get(i).candidate();
            Candidate inBrackets = typed.get(i + 1).candidate();
            if (typed.get(i).type() != EntityType.ORGANIZATION || typed.get(i).strength() == Strength.WEAK
                    || full.size() < 2 || inBrackets.size() != 1 && !clipped(full, inBrackets)) {
                continue;
            }
            if (inBracketsAfter(full, inBrackets, paragraphs)) {
                if (shortNames.isEmpty()) {
                    shortNames = new HashMap<>();
                }
                shortNames.put(inBrackets.key(), full.key());
            }
        }
        return shortNames;
    }

    /**
     * A short name of two or three words, each the start of a word of the full name: "California Department of Forestry and
     * Fire Protection (Cal Fire)".
     */
    private static boolean clipped(Candidate full, Candidate shortName) {
        if (shortName.size() > 3) {
            return false;
        }
        for (int s = 0; s < shortName.size(); s++) {
            boolean found = false;
            for (int f = 0; f < full.size() && !found; f++) {
                found = shortName.lower(s).length() >= 3 && full.lower(f).startsWith(shortName.lower(s));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code inBrackets} stands in brackets right after {@code before}: "Ghana Cocoa Board (Cocobod)". */
    static boolean inBracketsAfter(Candidate before, Candidate inBrackets, List<Paragraph> paragraphs) {
        if (before.paragraph() != inBrackets.paragraph() || inBrackets.start() - before.end() != 2) {
            return false; // most pairs: ruled out before the text is read
        }
        String text = paragraphs.get(before.paragraph()).text();
        return text.charAt(before.end()) == ' ' && text.charAt(before.end() + 1) == '('
                && inBrackets.end() < text.length() && text.charAt(inBrackets.end()) == ')';
    }

    /**
     * "... trods klage til EU": an organisation's listed acronym among a title's words in lower case (not in a title in
     * capitals, "WHO WILL WIN"), which counts though the text does not use it.
     */
    static boolean titleAcronym(Tokens tokens, int i, int listed, List<Entity> entities) {
        return listed == Gazetteer.ORGANIZATION && tokens.word(i).hasClass(Word.ALL_CAPS) && tokens.word(i).length() >= 2
                && (i == 0 || !tokens.word(i - 1).hasClass(Word.ALL_CAPS))
                && (i + 1 == tokens.size() || !tokens.word(i + 1).hasClass(Word.ALL_CAPS))
                && !abbreviatesEntity(entities, tokens.word(i).surface());
    }

    /** "el FMI" over "el Fondo Monetario Internacional (FMI)": the text named the body in full, which counts it. */
    private static boolean abbreviatesEntity(List<Entity> entities, String acronym) {
        for (Entity e : entities) {
            StringBuilder initials = new StringBuilder();
            for (String w : e.name().split(" ")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            if (initials.toString().equals(acronym)) {
                return true;
            }
        }
        return false;
    }
}
