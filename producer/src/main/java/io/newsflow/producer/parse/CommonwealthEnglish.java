package io.newsflow.producer.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an English text is written the British way, as in the UK, Ireland, India, Australia, New Zealand and South
 * Africa, which write a slashed date day first ("04/12/2026" is 4 December), rather than the American way, which
 * writes it month first. The text tells by its spelling and its money: "per cent", "£", "centre", "organisation",
 * "councillor" against "percent", "center", "organization". Only the words that differ count, and the British must
 * outnumber the American, two at least: an American story quoting a British report stays American.
 */
final class CommonwealthEnglish {

    /** Spellings of British English whose American forms differ ("centre"/"center"), in lower case. */
    private static final Set<String> BRITISH = Set.of("centre", "centres", "colour", "colours", "labour", "favour",
            "favourite", "honour", "neighbour", "neighbours", "programme", "programmes", "organisation", "organisations",
            "organised", "realise", "realised", "recognised", "licence", "defence", "offence", "kerb", "tyre", "tyres",
            "metre", "metres", "kilometre", "kilometres", "litre", "litres", "councillor", "councillors", "travelled",
            "cancelled", "modelling", "fulfil", "whilst", "catalogue", "cheque", "grey", "mould", "aluminium");
    /**
     * Their American forms, but those British English uses too: "curb" and "tire" are verbs, a "program" runs on a
     * computer, "to license" is the verb, a parking "meter".
     */
    private static final Set<String> AMERICAN = Set.of("center", "centers", "color", "colors", "labor", "favor", "favorite",
            "honor", "neighbor", "neighbors", "organization", "organizations", "organized", "realize", "realized", "recognized",
            "defense", "offense", "kilometer", "kilometers", "liter", "liters", "councilor", "councilors", "traveled",
            "canceled", "modeling", "fulfill", "catalog", "gray", "mold", "aluminum", "percent");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** "per cent" and the pound: each as telling as a spelling. */
    private static final Pattern BRITISH_MARKS = Pattern.compile("(?i)\\bper cent\\b|£");

    /** One British spelling is a slip as often as a sign ("programmes" in a Californian story): it takes two. */
    private static final int MIN_BRITISH = 2;

    private CommonwealthEnglish() {
    }

    /** Whether the text's British spellings and marks outnumber its American ones, with at least two of them. */
    static boolean writes(String text) {
        int british = 0;
        int american = 0;
        Matcher marks = BRITISH_MARKS.matcher(text);
        while (marks.find()) {
            british++;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (BRITISH.contains(word)) {
                british++;
            } else if (AMERICAN.contains(word)) {
                american++;
            }
        }
        return british >= MIN_BRITISH && british > american;
    }
}
