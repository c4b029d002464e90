package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.List;

/**
 * A body's full name read back from the acronym in brackets after it, when the capitalised spans
 * cut it: "Zentralverband der deutschen Seehafenbetriebe (ZDS)" (a lower-case adjective inside),
 * "Services, Industrial, Professional and Technical Union (SIPTU)" (commas inside). Walking back
 * from the bracket, each word is one letter of the acronym, from its end; connectors and articles
 * ("der", "and", "of") may stand between them. When every letter is matched by a word, those words
 * are one organisation, and the candidates inside them are replaced. When that fails, a second walk
 * lets a few lower-case words stand between the letters' words ("Medicines and Healthcare products
 * Regulatory Agency (MHRA)") or after them, once a connector opens the name's complement ("Agence
 * nationale de sécurité du médicament et des produits de santé (ANSM)"); a capitalised word must
 * still give the next letter.
 */
final class AcronymExpansions {

    private static final int MIN_LETTERS = 3;
    private static final int MAX_LETTERS = 6;
    /** Lower-case words the second walk may pass over: "products"; "produits", "santé". */
    private static final int MAX_SKIPPED = 3;

    private AcronymExpansions() {
    }

    static void expand(List<Typed> typed, List<Paragraph> paragraphs) {
        for (int i = 1; i < typed.size(); i++) {
            Candidate acronym = typed.get(i).candidate();
            String letters = acronym.word(0).surface();
            if (acronym.size() != 1 || !acronym.word(0).hasClass(Word.ALL_CAPS) || letters.length() < MIN_LETTERS
                    || letters.length() > MAX_LETTERS || acronym.start() < 2) {
                continue;
            }
            Paragraph paragraph = paragraphs.get(acronym.paragraph());
            String text = paragraph.text();
            if (text.charAt(acronym.start() - 1) != '(' || acronym.end() >= text.length() || text.charAt(acronym.end()) != ')') {
                continue;
            }
            Tokens tokens = paragraph.tokens();
            int at = indexAt(tokens, acronym.start());
            int first = firstWord(text, tokens, at, letters);
            if (first < 0) {
                first = firstWordPassingLowerCase(text, tokens, at, letters);
            }
            if (first < 0) {
                continue;
            }
            int from = tokens.start(first);
            int to = tokens.end(at - 1);
            int replaced = i;
            while (replaced > 0 && typed.get(replaced - 1).candidate().paragraph() == acronym.paragraph()
                    && typed.get(replaced - 1).candidate().start() >= from && typed.get(replaced - 1).candidate().end() <= to) {
                replaced--;
            }
            if (replaced < i && typed.get(replaced).candidate().start() == from && typed.get(i - 1).candidate().end() == to
                    && replaced == i - 1) {
                Typed whole = typed.get(replaced); // the spans already give the whole name
                if (whole.type() != EntityType.ORGANIZATION && whole.strength().compareTo(Strength.DEFAULT) <= 0) {
                    // "Obras Sanitarias del Estado (OSE)": a guess from the name's shape yields to the acronym
                    typed.set(replaced, new Typed(whole.candidate(), EntityType.ORGANIZATION, Strength.CUED, null));
                }
                continue;
            }
            typed.subList(replaced, i).clear();
            typed.add(replaced, new Typed(candidate(text, tokens, first, at, acronym.paragraph()), EntityType.ORGANIZATION,
                    Strength.CUED, null));
            i = replaced + 1;
        }
    }

    private static int indexAt(Tokens tokens, int start) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.start(k) == start) {
                return k;
            }
        }
        return -1;
    }

    /** The first word of the name the acronym before token {@code at} stands for, or -1. */
    private static int firstWord(String text, Tokens tokens, int at, String letters) {
        int letter = letters.length() - 1;
        int k = at - 1;
        if (k < 0 || !onlySpace(text, tokens.end(k), tokens.start(at) - 1)) {
            return -1;
        }
        for (; k >= 0 && letter >= 0; k--) {
            Word w = tokens.word(k);
            if (k < at - 1 && !onlySpaceOrComma(text, tokens.end(k), tokens.start(k + 1))) {
                return -1;
            }
            if (w.hasClass(Word.CONNECTOR | Word.ARTICLE) && letter < letters.length() - 1) {
                continue; // "der", "and", "of" inside the name
            }
            if (Character.toUpperCase(w.surface().charAt(0)) != letters.charAt(letter)) {
                return -1;
            }
            letter--;
            if (letter < 0) {
                return w.capitalised() ? k : -1;
            }
        }
        return -1;
    }

    /**
     * {@link #firstWord}'s second walk: lower-case words without the letter are passed over (at most
     * {@link #MAX_SKIPPED}), words after the last letter's word only when a connector follows that
     * word; the words are separated by single spaces.
     */
    private static int firstWordPassingLowerCase(String text, Tokens tokens, int at, String letters) {
        int letter = letters.length() - 1;
        int skipped = 0;
        int lastLetterWord = -1;
        for (int k = at - 1; k >= 0; k--) {
            if (!onlySpace(text, tokens.end(k), tokens.start(k + 1) - (k == at - 1 ? 1 : 0))) {
                return -1;
            }
            Word w = ElidedWords.opening(tokens, k); // "l'Agence nationale ...": the letter is the name's
            boolean matches = Character.toUpperCase(w.surface().charAt(0)) == letters.charAt(letter);
            if (matches && !w.hasClass(Word.CONNECTOR | Word.ARTICLE)) {
                if (lastLetterWord < 0 && k < at - 1 && !tokens.word(k + 1).hasClass(Word.CONNECTOR)) {
                    return -1; // words after the name's last letter, but no connector opening them
                }
                lastLetterWord = lastLetterWord < 0 ? k : lastLetterWord;
                if (--letter < 0) {
                    return w.capitalised() ? k : -1;
                }
            } else if (w.capitalised() || !Character.isLetter(w.surface().charAt(0))) {
                return -1;
            } else if (!w.hasClass(Word.CONNECTOR | Word.ARTICLE) && ++skipped > MAX_SKIPPED) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean onlySpace(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }

    private static boolean onlySpaceOrComma(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != ',') {
                return false;
            }
        }
        return to > from;
    }

    private static Candidate candidate(String text, Tokens tokens, int first, int at, int paragraph) {
        Word[] memo = new Word[at - first];
        for (int k = first; k < at; k++) {
            Word w = k == first ? ElidedWords.opening(tokens, k) : tokens.word(k);
            // "Services, Industrial, ...": the name keeps its commas (a candidate's name joins its words with spaces)
            memo[k - first] = k + 1 < at && text.charAt(tokens.end(k)) == ',' ? Word.of(w.surface() + ",") : w;
        }
        Word previous = first > 0 ? tokens.word(first - 1) : null;
        Word beforePrevious = first > 1 ? tokens.word(first - 2) : null;
        return new Candidate(memo, tokens.lowers(first, at), 0, paragraph, tokens.start(first), tokens.end(at - 1),
                tokens.initial(first), previous == null ? "" : previous.lower(),
                beforePrevious == null ? "" : beforePrevious.lower(), "", false, List.of(), previous, beforePrevious, null);
    }
}
