package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline that opens a paragraph rather than standing on its own line:
 * {@code Tomas HALVORSEN, TechLedger: The draft...}, the surname in capitals, then the outlet and a
 * colon or a dash; the rest of the paragraph is the story's text.
 */
public final class InlineBylines {
    /**
     * One name of an inline byline: given names, then the surname in capitals ("Kees van der BERG"). Every repetition is
     * bounded: an unbounded group over a paragraph of capitals (a scraped line repeated, 40,000 characters) recursed
     * until the stack overflowed.
     */
    private static final String CAPS_NAME = "(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*\\s+){1,3}"
            + "(?:(?:van|de|der|von|da|di|du|la|le|del|dos)\\s+){0,3}[\\p{Lu}][\\p{Lu}\\p{M}'’-]+(?:[\\s-][\\p{Lu}][\\p{Lu}\\p{M}'’-]+){0,4}";
    /** One name after a byline's lead-in, in natural case ("By Kadri Tamm, ..."): two to four capitalised words. */
    private static final String NAME_AFTER_LEAD_IN = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:van|de|der|von|da|di|du|la|le|del|dos)\\s+){0,3}"
            + "\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}";
    /** "Ingrid HAUGE and Lars Erik MOEN, Fish Farming Today: ..." names two. */
    private static final Pattern INLINE = inline("", CAPS_NAME);
    /** "By Kadri Tamm, Baltic Freight Journal, Tallinn: ...": the lead-in tells a name in natural case. */
    private static final Pattern LED_INLINE = inline("(?:By|Par|Por|Von|Door|Av|Af)\\s+", NAME_AFTER_LEAD_IN);

    private static Pattern inline(String leadIn, String name) {
        return Pattern.compile("^" + leadIn + "(" + name + "(?:\\s+(?:and|und|et|y|e|en|i|och|og)\\s+" + name + ")?)"
                // the writer's town before the outlet ("Tomasz NOWAK in Gdańsk, Baltic Freight Journal:"): the byline's too
                + "(?:\\s+(?:in|from)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]{1,30}(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]{1,30})?(?=\\s*,))?"
                + "(?:\\s*,\\s*|\\s+for\\s+|\\s*/\\s*|\\s*\\()([^:,()]{2,40}?)\\)?"
                // the writer's town after the outlet ("EnergyWire (Paris):", "EnergyWire, Paris:"): the byline's, not the story's
                + "(?:\\s*\\(\\p{Lu}[\\p{L}\\p{M}'’ .-]{1,30}\\)|\\s*,\\s*\\p{Lu}[\\p{L}\\p{M}'’ .-]{1,30}?)?"
                + "\\s*(?::|\\s[–—-])\\s+(\\S.*)$", Pattern.DOTALL);
    }

    private static final Pattern INLINE_AND = Pattern.compile("\\s+(?:and|und|et|y|e|en|i|och|og)\\s+(?=\\p{Lu})");
    /** An outlet's name in quotation marks, as a paper's name is written in running text: "«Хакас чирі»". */
    private static final Pattern QUOTED = Pattern.compile("^[«„“\"]([^«»„“”\"]+)[»“”\"]$");
    /** A day and a month ("Nov 20", "Nov. 20", "20 Nov"): a dateline's date where an inline byline has its outlet. */
    private static final Pattern DAY_AND_MONTH = Pattern.compile("(?u)(\\p{L}{3,9})\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+(\\p{L}{3,9})\\.?");

    /**
     * A Taiwanese or Chinese paper's byline in brackets opening the text, the reporters, a slash and where they report from:
     * "〔記者王宜靖／台北報導〕" (the Liberty Times'), "【记者 李明、王芳/北京报道】".
     */
    private static final Pattern BRACKETED_REPORTERS = Pattern.compile("^[〔【\\[（(](?:記者|记者)\\s*(\\p{IsHan}{2,4}(?:[、，,]\\p{IsHan}{2,4}){0,3})"
            + "\\s*[／/]\\s*\\p{IsHan}{1,8}(?:報導|报道|報道)[〕】\\]）)]\\s*(\\S.*)$", Pattern.DOTALL);

    private InlineBylines() {
    }

    /**
     * An inline byline opening a paragraph, if present: {@code Firstname LASTNAME, Outlet: text}, also
     * {@code Firstname LASTNAME (Outlet): text}, {@code ... for Outlet: text}, {@code ... / Outlet — text}, and after a
     * lead-in in natural case ({@code By Firstname Lastname, Outlet, Town: text}).
     */
    public static Optional<Byline> of(String paragraph) {
        Matcher bracketed = BRACKETED_REPORTERS.matcher(paragraph.strip());
        if (bracketed.matches()) {
            return Optional.of(new Byline(List.of(bracketed.group(1).split("[、，,]")), null, null, bracketed.group(2)));
        }
        Matcher m = INLINE.matcher(paragraph.strip());
        if (!m.matches() && !(m = LED_INLINE.matcher(paragraph.strip())).matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : INLINE_AND.split(m.group(1))) {
            if (!PersonNames.isName(name)) {
                return Optional.empty();
            }
            names.add(NameCase.natural(name));
        }
        // "NEW YORK (AP) —" is a wire dateline: a place in capitals, not a name with its surname in capitals
        if (m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && Datelines.agency(paragraph.strip()).isPresent()) {
            return Optional.empty();
        }
        String outlet = QUOTED.matcher(m.group(2).strip()).replaceFirst("$1"); // ("Ирина ТОПОЕВА, «Хакас чирі»: ...")
        Matcher date = DAY_AND_MONTH.matcher(outlet);
        if (date.matches() && MonthNames.month(date.group(1) != null ? date.group(1) : date.group(2)) > 0) {
            return Optional.empty(); // "SAN FRANCISCO, Nov 20 — Nvidia ...": a dateline's place and day, no writer
        }
        return Optional.of(new Byline(List.copyOf(names), outlet.isEmpty() ? null : outlet, null, m.group(3).strip()));
    }
}
