package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.List;

/**
 * A body's full name read back from the acronym in brackets after it, when the capitalised spans
 * cut it: "Zentralverband der deutschen Seehafenbetriebe (ZDS)" (a lower-case adjective inside),
 * "Services, Industrial, Professional and Technical Union (SIPTU)" (commas inside). When one of
 * {@link AcronymWalks}' walks back from the bracket matches every letter, those words are one
 * organisation, and the candidates inside them are replaced.
 */
final class AcronymExpansions {

    private static final int MIN_LETTERS = 3;
    private static final int MAX_LETTERS = 6;

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
            int first = AcronymWalks.firstWord(text, tokens, at, letters);
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
