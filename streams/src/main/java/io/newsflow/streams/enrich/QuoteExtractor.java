package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in the lead and body: text between straight or typographic double quotes
 * ({@code "…"}, {@code “…”}, {@code „…“}, {@code «…»}) of at least two words. The speaker is the
 * person (else organisation) mentioned nearest to the quote in the same sentence when that
 * sentence has an attribution word ("said", "told", "sagte", "a déclaré", "dijo", "zei", or a
 * colon before the quote); when it has one but names nobody ("he said", "a-t-il dit") the
 * speaker is the last person mentioned before the quote.
 */
public final class QuoteExtractor {

    static final WordSet ATTRIBUTION = WordSet.of("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "wrote", "writes", "warned", "warns", "argued", "argues", "asked", "insisted", "explained",
            "according", "called", "urged", "saying", "replied", "declared", "admitted", "promised", "noted",
            "sagte", "sagt", "erklärte", "betonte", "forderte", "meinte", "déclaré", "dit", "affirmé", "expliqué",
            "estime", "selon", "dijo", "afirmó", "aseguró", "explicó", "señaló", "según", "zei", "zegt", "aldus",
            "volgens", "noemde", "noemt", "welcomed", "begrüßte", "nannte", "pidió", "salué");
    private static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "er", "sie", "il", "elle", "él",
            "ella", "hij", "zij", "ze");

    /** A pronoun that can stand for the speaker ("he", "a-t-il"). */
    static boolean isPronoun(String lower) {
        return PRONOUNS.contains(lower) || lower.endsWith("-il") || lower.endsWith("-elle");
    }

    /** Quotes in reading order, speakers resolved through the article's entity mentions. */
    public List<Quote> extract(ArticleText text, List<Mention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        Mention lastPerson = null;
        int[] cursor = {0};
        for (int p = 0; p < text.paragraphs().size(); p++) {
            Paragraph paragraph = text.paragraphs().get(p);
            String s = paragraph.text();
            int i = nextOpening(s, 0);
            while (i < s.length()) {
                char open = s.charAt(i);
                char close = closer(open);
                int end = close == 0 ? -1 : s.indexOf(close, i + 1);
                if (open == '\u201E' && end < 0) {
                    end = s.indexOf('\u201D', i + 1); // Dutch „…”
                }
                if (end < 0) {
                    i = nextOpening(s, i + 1);
                    continue;
                }
                int a = i + 1;
                int b = end;
                while (a < b && Character.isWhitespace(s.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                    b--;
                }
                int space = s.indexOf(' ', a);
                if (space > a && space < b) {
                    String inner = s.substring(a, b);
                    lastPerson = lastPersonBefore(mentions, p, i, lastPerson, cursor);
                    quotes.add(new Quote(inner, speaker(paragraph, p, i, end, mentions, lastPerson)));
                }
                i = nextOpening(s, end + 1);
            }
            lastPerson = lastPersonBefore(mentions, p, s.length(), lastPerson, cursor);
        }
        return List.copyOf(quotes);
    }

    /** Index of the next opening quote character at or after {@code from}, or the length. */
    private static int nextOpening(String s, int from) {
        int next = s.length();
        for (char c : OPENERS) {
            int k = s.indexOf(c, from);
            if (k >= 0 && k < next) {
                next = k;
            }
        }
        return next;
    }

    private static final char[] OPENERS = {'"', '\u201C', '\u201E', '\u00AB'};

    private static char closer(char open) {
        switch (open) {
            case '"': return '"';
            case '\u201C': return '\u201D';
            case '\u201E': return '\u201C';
            case '\u00AB': return '\u00BB';
            default: return 0;
        }
    }

    private static String speaker(Paragraph paragraph, int p, int open, int close, List<Mention> mentions, Mention lastPerson) {
        int from = 0;
        int to = paragraph.text().length();
        boolean attributed = false;
        boolean pronoun = false;
        Tokens tokens = paragraph.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.sentenceStart(i) && tokens.start(i) <= open) {
                from = tokens.start(i);
            }
            if (tokens.sentenceStart(i) && tokens.start(i) > close) {
                to = tokens.start(i);
                break;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            if (start >= from && end <= to && (end <= open || start > close)) {
                attributed |= tokens.word(i).hasClass(Word.ATTRIBUTION);
                pronoun |= tokens.word(i).hasClass(Word.PRONOUN);
            }
        }
        int last = open; // the last character before the quote, spaces skipped: no substring
        while (last > from && Character.isWhitespace(paragraph.text().charAt(last - 1))) {
            last--;
        }
        attributed |= last > from && (paragraph.text().charAt(last - 1) == ':' || paragraph.text().charAt(last - 1) == ',');
        if (!attributed) {
            return null;
        }
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.paragraph() > p) {
                break;
            }
            if (m.paragraph() != p || m.start() < from || m.end() > to || (m.start() >= open && m.end() <= close)
                    || m.entity().type() == EntityType.LOCATION) {
                continue;
            }
            int distance = m.end() <= open ? open - m.end() : m.start() - close;
            if (m.entity().type() == EntityType.ORGANIZATION) {
                distance += 1000; // a person, when the sentence names one, is the speaker
            }
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best.entity().name();
        }
        return pronoun && lastPerson != null ? lastPerson.entity().name() : null;
    }

    /** The last person mentioned before (p, offset); mentions are in reading order, cursor[0] is where to resume. */
    private static Mention lastPersonBefore(List<Mention> mentions, int p, int offset, Mention current, int[] cursor) {
        Mention last = current;
        while (cursor[0] < mentions.size()) {
            Mention m = mentions.get(cursor[0]);
            if (m.paragraph() > p || (m.paragraph() == p && m.end() > offset)) {
                break;
            }
            if (m.entity().type() == EntityType.PERSON) {
                last = m;
            }
            cursor[0]++;
        }
        return last;
    }
}
