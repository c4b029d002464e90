package io.newsflow.streams.enrich;

/**
 * A name set off by commas right after a title and what it heads, as French, Spanish and Italian
 * news introduce people: "la ministra de Defensa, Margarita Robles, ha asistido", "le directeur
 * général de l'autorité portuaire, Yu Zenggang, a déclaré". The name is the title's holder even
 * when no list knows its given name.
 */
final class TitleAppositions {

    /** How many words before the comma the title may stand. */
    private static final int REACH = 7;

    private TitleAppositions() {
    }

    /** Whether tokens a..b-1 are such a name: two to four words, between commas, after a title. */
    static boolean follows(String text, Tokens tokens, int a, int b) {
        if (b - a < 2 || b - a > 4 || a < 2 || tokens.initial(a) || !commaBefore(text, tokens, a)
                || !closed(text, tokens.end(b - 1))) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (tokens.word(k).has(Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD | Gazetteer.PLACE)) {
                return false; // "Puerto Madryn", "Xunta de Galicia": a place's or a body's name
            }
        }
        for (int k = a - 1; k >= Math.max(0, a - REACH); k--) {
            Word w = tokens.word(k);
            if (w.has(Gazetteer.TITLE) && !w.capitalised()) {
                return true;
            }
            // a list of places ("toured Puerto Madryn, San Antonio Oeste, ...") or a new sentence; a place after a
            // connector ends the body the title heads ("El rector de la Universidad Nacional de Córdoba, Jhon Boretto")
            if (w.capitalised() && w.has(Gazetteer.PLACE | Gazetteer.TOWN) && !(k > 0 && tokens.word(k - 1).hasClass(Word.CONNECTOR))
                    || tokens.initial(k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean commaBefore(String text, Tokens tokens, int a) {
        int k = tokens.start(a) - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && text.charAt(k) == ',' && k >= tokens.end(a - 1);
    }

    private static boolean closed(String text, int end) {
        return end >= text.length() || text.charAt(end) == ',' || text.charAt(end) == '.';
    }
}
