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
    private static final Pattern DAY_GIVEN_NAME = UnicodeRegex.compile(
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+\\p{Lu}[\\p{L}'’-]+");

    private DispatchBylines() {
    }

    /** The writer such a line names, or empty. */
    static Optional<String> writer(String line) {
        Matcher m = FROM_WRITER_IN_TOWN.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        return PersonNames.isName(name) || DAY_GIVEN_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }
}
