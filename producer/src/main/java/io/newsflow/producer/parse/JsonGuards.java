package io.newsflow.producer.parse;

import java.util.regex.Pattern;

/**
 * The guard a site's JSON endpoint puts before its answer so that no other page can load it as a script: Medium's
 * {@code ])}while(1);</x>}, Google's and Angular's {@code )]}'}, Facebook's {@code for (;;);}. A reader that saved the
 * answer keeps the guard; the JSON after it is the document.
 */
final class JsonGuards {
    private static final Pattern GUARD = Pattern.compile("^\\uFEFF?\\s*(?:\\]\\)\\}while\\(1\\);(?:</x>)?|\\)\\]\\}'?,?|while\\s*\\(1\\);|for\\s*\\(;;\\);)");

    private JsonGuards() {
    }

    /** Whether the text opens with such a guard. */
    static boolean guarded(String text) {
        return GUARD.matcher(text).find();
    }

    /** The text without its guard (the line breaks after it kept, so that lines keep their numbers); else as it is. */
    static String without(String text) {
        return GUARD.matcher(text).replaceFirst("");
    }
}
