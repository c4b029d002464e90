package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A wire's sign-off of its editors' initials under a story: Lusa's "JPF // MSF", PAP's "kno/ mmu/", AFP's "burs-dan/mtp",
 * the Tehran Times' "MA/", SANA's "R.J / H.Z", an agency and its editors' names ("WAM/Hazem Hussein/Hatem Mohamed").
 * Furniture: its editors wrote nothing of the story. Not an agency's own sign-off in lower case ("ats/vajo"), which
 * {@link SignatureDetector} credits. Used by {@link JunkLineDetector}. Also a writer's initials standing in for a photo
 * over the name ("LB" / "Larissa Bastos"), which {@link TextLines} drops.
 */
final class EditorsInitials {
    private static final Pattern SIGN_OFF = UnicodeRegex.compile("\\p{Lu}\\.\\p{Lu}\\.?(?:\\s*/\\s*\\p{Lu}\\.\\p{Lu}\\.?)+"
            + "|[A-Z]{2,6}/\\p{Lu}[\\p{L}.' -]{2,40}(?:/\\p{Lu}[\\p{L}.' -]{2,40}){1,3}|[A-Z]{2,4}(?:\\s*//\\s*[A-Z]{2,4})+"
            + "|[A-Z]{2,4}/(?:[A-Z]{2,4}/?)?|\\(\\p{Lu}\\p{L}{2,10}\\)\\s+[a-z]{1,4}(?:/[a-z]{1,4})?" // (Hina's "(Hina) ms")
            + "|(?!(?:" + SignatureDetector.LOWER_CASE_AGENCY_WORDS + ")/)[a-z]{2,5}(?:-[a-z]{2,5})?\\s*/\\s*(?:[a-z]{2,5}\\s*/?\\s*){1,3}");

    private EditorsInitials() {
    }

    /** A writer's initials standing in for a photo over the name ("LB" over "Larissa Bastos"): each word's first letter. */
    static boolean avatarOver(String line, String name) {
        return line.length() >= 2 && line.length() <= 3 && line.chars().allMatch(Character::isUpperCase) && PersonNames.isName(name)
                && Arrays.stream(name.strip().split("\\s+")).map(w -> w.substring(0, 1)).collect(Collectors.joining()).equals(line);
    }

    /** True when the whole line is an editors' sign-off, in brackets perhaps (detik's "(knv/knv)"). */
    static boolean matches(String line) {
        String text = line.strip();
        return SIGN_OFF.matcher(text).matches() || text.length() > 2 && text.startsWith("(") && text.endsWith(")")
                && SIGN_OFF.matcher(text.substring(1, text.length() - 1)).matches();
    }
}
