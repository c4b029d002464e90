package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dispatch's byline as Nigerian papers write it, the writer and the town the story comes from: "From Sunday Ojo,
 * Lagos", "From Laide Raheem, Abeokuta". The name may open with a day's name, as West Africa gives them ("Sunday Ojo"),
 * which a bare name of two words may not ({@link PersonNames#isName}): here the shape vouches for it.
 */
final class DispatchBylines {
    private static final Pattern FROM_WRITER_IN_TOWN = UnicodeRegex.compile(
            "^From\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}),\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)?$");

    private DispatchBylines() {
    }

    /** The writer such a line names, or empty. */
    static Optional<String> writer(String line) {
        Matcher m = FROM_WRITER_IN_TOWN.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        String[] words = name.split("\\s+");
        // (two words, the first a day's name as written in a name: "Sunday", not "SUNDAY")
        boolean dayGiven = words.length == 2 && PersonNames.WEEKDAYS.contains(Character.toLowerCase(words[0].charAt(0)) + words[0].substring(1));
        return PersonNames.isName(name) || dayGiven ? Optional.of(name) : Optional.empty();
    }
}
