package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's closing contacts: "To contact the reporter on this story:" over "Kati Pohjanpalo
 * in Helsinki at kpohjanpalo@bloomberg.net", and the same for the editors. The reporters are the
 * story's authors; the editors are not; none of it is text. Nor is a writer's address alone under
 * the story ("joyanne.pursaga@freepress.mb.ca").
 */
public final class ContactLines {
    /** An e-mail address: "kpohjanpalo@bloomberg.net", "ritika.gondhalekar@mid-day.com". */
    static final String MAIL_ADDRESS = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
    private static final Pattern LABEL = UnicodeRegex.compile("(?iu)^\\W*to contact the (reporters?|authors?|editors?|writers?)\\b.{0,60}:\\s*$");
    private static final Pattern ADDRESS = UnicodeRegex.compile("(?u)^(\\p{Lu}[\\p{L}\\p{M}.'’ -]{2,60}?)"
            + "(?:\\s+in\\s+\\p{Lu}[\\p{L}\\p{M} .-]{1,40}?)?\\s+at\\s+\\S+@\\S+\\s*$");

    /**
     * "joyanne.pursaga@freepress.mb.ca", "Email: k.mensah@example.org": the writer's address alone closing the story; in
     * Korean and Japanese after the reporter's name and title ("박지훈 기자 jhpark@hani.co.kr"); or the writer's handle.
     */
    private static final Pattern ADDRESS_ALONE = UnicodeRegex.compile("(?iu)^\\W*(?:e-?mail|contact|kontakt|courriel|correo)?\\s*:?\\s*"
            + "(?:[\\p{IsHangul}\\p{IsHan}]{2,4}\\s*(?:기자|記者)\\s+)?[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+\\W*$"
            + "|^(?:(?:twitter|x|bluesky|instagram|threads)\\s*:\\s*)?@\\w{2,30}$"); // (or the writer's handle: "@john_vandiver", "Twitter: @jgro_the")

    /**
     * A press office's line of numbers closing a release or a public body's news page ("Press office: 01632 960 123 |
     * press@example.org"); its label ("Media enquiries") is a closing list's ({@link LinkBlocks}).
     */
    private static final Pattern PRESS_CONTACT = UnicodeRegex.compile("(?iu)^\\W*(?:media|press)(?: office| relations| team| desk| contact)?"
            + "\\s*:\\s*.{0,60}(?:@|\\d{3}[\\s-]?\\d{3}).{0,80}$");

    /** The paper's own contact line: "For comments and suggestions, please email the Kaselehlie Press at kpress@mail.fm". */
    private static final Pattern OUTLET_CONTACT = UnicodeRegex.compile("(?iu)^\\W*for (?:comments|questions|feedback|suggestions|news tips|tips"
            + "|corrections|inquiries|enquiries)\\b.{0,40}\\bplease (?:e-?mail|contact|write to|call|reach)\\b.{0,80}$");

    /**
     * The story's own contacts line, "Contact reporter Ding Yi (yiding@caixin.com) and editor ... (...)" (Caixin's), and a
     * paper's box asking for its readers' input: "¿Tenés algún aporte para hacer?" / "Valoramos cada aporte, pero no
     * siempre podemos responder a todos." / "Escribinos" (la diaria's); a plea to report a typo with Ctrl+Enter.
     */
    private static final Pattern READERS_BOX = UnicodeRegex.compile("(?iu)^\\W*(?:contact (?:the )?(?:reporters?|writers?|authors?|editors?)\\b"
            + ".{1,120}@.{1,120}|(?:tenés|tienes|tiene|tenéis) (?:algún|alguna|algo) (?:aporte|comentario|dato|sugerencia|denuncia|información)\\b.{0,60}"
            + "|valoramos (?:cada|tu|su) (?:aporte|comentario|opinión)\\b.{0,100}|escribinos|escríbenos|escríbanos"
            + "|.{0,120}\\bctrl\\s*\\+\\s*enter\\b.{0,60})\\W*$"); // (a typo report's key: "... selectați textul și apăsați Ctrl+Enter")

    private ContactLines() {
    }

    /** The line is a press office's contacts, or the paper's own for its readers: none of the story's text. */
    public static boolean isPressContact(String line) {
        String text = line.strip();
        return text.length() <= 200 && (PRESS_CONTACT.matcher(text).matches() || OUTLET_CONTACT.matcher(text).matches()
                || READERS_BOX.matcher(text).matches());
    }

    /** The line is a contacts label. */
    static boolean isLabel(String line) {
        return LABEL.matcher(line.strip()).matches();
    }

    /** The label names the story's reporters (not its editors). */
    static boolean namesReporters(String line) {
        Matcher m = LABEL.matcher(line.strip());
        return m.matches() && !m.group(1).toLowerCase(Locale.ROOT).startsWith("editor");
    }

    /** The line is a name (and town) with an e-mail address. */
    static boolean isAddress(String line) {
        return ADDRESS.matcher(line.strip()).matches();
    }

    /** "Taylor Dolven can be reached at taylor.dolven@globe.com. Follow her @taydolven.": the writer's contact, in a sentence. */
    private static final Pattern REACHED_AT = UnicodeRegex.compile("(?u)^\\p{Lu}[\\p{L}\\p{M}.'’-]+(?: \\p{Lu}[\\p{L}\\p{M}.'’-]+){1,3} can be "
            + "(?:reached|contacted) (?:at|by e-?mail at|via e-?mail at) " + MAIL_ADDRESS + "\\.?(?:\\s+(?i:follow (?:him|her|them)) (?:on \\p{L}+ )?@\\w+\\.?)?$");

    /** The line is only an e-mail address, perhaps labelled, or says where the writer can be reached: no text. */
    public static boolean isWritersAddress(String line) {
        return ADDRESS_ALONE.matcher(line.strip()).matches() || REACHED_AT.matcher(line.strip()).matches();
    }

    /** Such a line, but not a reporter's byline with the address after it ("김영호 기자 youngho@etnews.com" under the headline). */
    static boolean isWritersAddressAlone(String line) {
        return isWritersAddress(line) && ReporterBylines.read(line).isEmpty();
    }

    /** The person an address line names, in natural case, or null when it names none. */
    static String name(String line) {
        Matcher m = ADDRESS.matcher(line.strip());
        return m.matches() && PersonNames.isName(m.group(1).strip()) ? NameCase.natural(m.group(1).strip()) : null;
    }
}
