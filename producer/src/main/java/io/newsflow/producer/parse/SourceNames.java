package io.newsflow.producer.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.text.OutletInitials;
import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.Places;

/**
 * How two names a page gives its outlet compare, for {@link ArticleDraft#offerSource}: whether one is the other written
 * out in full ("Kyodo News" of "Kyodo", "Zweites Deutsches Fernsehen" of "ZDF"), with its domain ("LRT.lt" of "LRT") or
 * with its publisher after a dash ("Cameroon Tribune - Sopecam" of "Cameroon Tribune"); the shorter, better-written
 * name is kept.
 */
final class SourceNames {

    private SourceNames() {
    }

    /** A logo's word and its full stop closing the name ("Poynter.", "Nieman Lab."), not an abbreviation's ("Acme Inc.", "U.S."). */
    private static final Pattern LOGO_STOP = Pattern.compile("(?:.*\\s)?(?!(?i:inc|ltd|ltda|corp|bros|esq|etc|assn|intl|govt|bhd)\\.)\\p{L}{3,}\\.");

    /** The name without its logo's full stop: "Poynter." is "Poynter"; null stays null. */
    static String withoutLogoStop(String name) {
        String text = name == null ? null : name.strip();
        return text != null && LOGO_STOP.matcher(text).matches() ? text.substring(0, text.length() - 1) : name;
    }

    /**
     * Whether a better-ranked {@code candidate} should leave {@code source} as it is: "Kyodo News" over the menu stays
     * against the dateline's "(Kyodo)"; "LRT" over the menu against the byline's "LRT.lt"; "Cameroon Tribune" over the
     * menu against the foot's "© Cameroon Tribune - Sopecam", the paper and then its publisher; "The Tico Times" over the
     * menu against "By Tico Times", its name without the article; "Seeking Alpha" over the menu against the byline's
     * "SA News Editor", its initials.
     */
    static boolean keepsName(String source, String candidate) {
        return fullerName(source, candidate) || withDomain(candidate, source) || withPublisher(candidate, source) || shortened(source, candidate)
                || abbreviatedDomain(candidate, source) || joinedForms(candidate, source)
                || source != null && candidate.strip().contains(" ") && initialsSpelledOut(source, candidate) // (not a wire's "AFP")
                || source != null && candidate.contains("&") && initialsSpelledOut(source, candidate.strip().replace("&", "")) // ("E&P")
                || source != null && source.regionMatches(true, 0, "The ", 0, 4) && source.substring(4).equalsIgnoreCase(candidate)
                || kindBefore(candidate, source);
    }

    /** "Periódico La Jornada" under a writer where the masthead reads "La Jornada": the kind of outlet, then its name. */
    private static boolean kindBefore(String candidate, String source) {
        Matcher kind = KIND_FIRST.matcher(candidate == null ? "" : candidate.strip());
        return source != null && kind.matches() && kind.group(1).equalsIgnoreCase(source.strip());
    }

    private static final Pattern KIND_FIRST = Pattern.compile("(?iu)(?:periódico|periodico|diario|diário|jornal|quotidien|newspaper|dziennik) (.+)");

    /**
     * Whether {@code address} is {@code name}, its spaces left out, and a top-level domain ("LRT.lt" of "LRT",
     * "Myjoyonline.com" of "Myjoyonline", "citinewsroom.com" of "Citi Newsroom").
     */
    static boolean withDomain(String address, String name) {
        String joined = name == null ? null : name.replace(" ", ""); // "citinewsroom.com" of "Citi Newsroom"
        String site = address == null ? null : address.replaceFirst("(?i)^www\\.", ""); // ("www.ghanaweb.com" of "GhanaWeb")
        return joined != null && site != null && site.length() > joined.length() + 2
                && site.regionMatches(true, 0, joined, 0, joined.length()) && DOMAIN_TAIL.matcher(site.substring(joined.length())).matches();
    }

    /**
     * Whether {@code address} is the site's short domain for {@code name}: two to four letters, the name's first among
     * them and the others in the name's order ("rp.pl" of "Rzeczpospolita", "ft.com" of "Financial Times"), as a story's
     * closing "Źródło: rp.pl" names the site it is on.
     */
    static boolean abbreviatedDomain(String address, String name) {
        Matcher site = SHORT_DOMAIN.matcher(address == null ? "" : address.strip());
        if (name == null || !site.matches() || Character.toLowerCase(name.charAt(0)) != site.group(1).charAt(0)) {
            return false;
        }
        String rest = name.toLowerCase(Locale.ROOT).substring(1);
        int at = 0;
        for (char c : site.group(1).substring(1).toCharArray()) {
            at = rest.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code holder} joins only {@code name}'s other forms, its spaces and article left out or with a domain
     * ("Chosunilbo & Chosun.com" of "The Chosun Ilbo"), as a copyright line names the paper and its site.
     */
    static boolean joinedForms(String holder, String name) {
        if (holder == null || name == null || !holder.contains(" & ")) {
            return false;
        }
        String bare = name.replaceFirst("(?i)^the ", "").replace(" ", "");
        for (String part : holder.split(" & ")) {
            String form = part.strip().replace(" ", "");
            int dot = form.indexOf('.');
            boolean site = dot >= 3 && DOMAIN_TAIL.matcher(form.substring(dot)).matches() && bare.regionMatches(true, 0, form, 0, dot);
            if (!form.equalsIgnoreCase(bare) && !site) {
                return false; // (its site's domain: the name's start, "Chosun.com")
            }
        }
        return true;
    }

    private static final Pattern SHORT_DOMAIN = Pattern.compile("(?:www\\.)?([a-z]{2,4})\\.[a-z]{2,3}");

    /** Whether {@code line} is {@code name}, a spaced dash or bar, and more: "Cameroon Tribune - Sopecam" of "Cameroon Tribune". */
    static boolean withPublisher(String line, String name) {
        return name != null && line.length() > name.length() + 3 && line.regionMatches(true, 0, name, 0, name.length())
                && PUBLISHER_TAIL.matcher(line.substring(name.length())).matches();
    }

    private static final Pattern PUBLISHER_TAIL = Pattern.compile("\\s+[-–—|]\\s+\\S.*");
    private static final Pattern DOMAIN_TAIL = Pattern.compile("\\.[a-z]{2,3}(?:\\.[a-z]{2})?");

    /**
     * An agency's name written out in full: the short one, then "News", "News Agency", "Press" or "Agency"; a paper's, then
     * its region ("La Voz de Galicia" of the desk's "LA VOZ").
     */
    private static final Pattern FULL_NAME_TAIL = Pattern.compile("(?i) (?:news(?: agency)?|noticias|notícias|nieuws|nachrichten|uutiset|nyheter|press|agency|vijesti|vesti|novice|novosti|zprávy|správy|wiadomości|haberler|uudised|ziņas|naujienos|hírek|știri|notizie|nyheder|(?:de|del|di|da|do) (?-i:\\p{Lu})[\\p{L}' ]{2,30})");

    /**
     * Whether {@code full} is {@code name} with an agency's or a region's tail ("Kyodo News" of "Kyodo"), a country's
     * ("Frontier Myanmar" of "Frontier"), a continent's edition ("Telecompaper Europe"), a short lower-case prefix glued
     * to it ("myRepublica" of "REPUBLICA", "eKathimerini" of "Kathimerini"), or spelled out.
     */
    static boolean fullerName(String full, String name) {
        if (full == null || name == null || full.length() <= name.length()) {
            return false;
        }
        String head = full.substring(0, full.length() - name.length());
        boolean gluedPrefix = head.length() <= 2 && head.chars().allMatch(Character::isLowerCase) && full.regionMatches(true, head.length(), name, 0, name.length());
        return full.regionMatches(true, 0, name, 0, name.length()) && (FULL_NAME_TAIL.matcher(full.substring(name.length())).matches()
                || full.charAt(name.length()) == ' ' && Places.isEditionName(full.substring(name.length() + 1))) // ("Eater NY", "Telecompaper Europe")
                || gluedPrefix || OutletInitials.shortFor(name, full); // "ÚH", "ZDF"
    }

    /** An agency's name written out: "Agência Noticiosa de Timor-Leste", "Emirates News Agency", "Agência Angola Press". */
    private static final Pattern AGENCY_NAME = Pattern.compile("(?iu).*\\b(?:news (?:(?:&|and) info(?:rmation)? )?agency|press agency|agência noticiosa|agencia de noticias"
            + "|agence de presse|agenzia di stampa|nachrichtenagentur|agencja prasowa|persbureau|nyhetsbyrå"
            // "Agência Angola Press", "Agence Ivoirienne de Presse", "Agence Mauritanienne d'Information"
            + "|(?:agência|agence|agencia|agenzia) [\\p{L}' ]{2,40}\\b(?:press|presse|prensa|informação|information|noticias|notícias|stampa))\\b.*");

    /** Whether {@code full} names a news agency and {@code logo} is a word in capitals over it ("TATOLI"). */
    static boolean agencyUnderLogo(String full, String logo) {
        return logo != null && logo.length() >= 2 && logo.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isLowerCase(c))
                && full.length() > logo.length() + 5 && AGENCY_NAME.matcher(full).matches();
    }

    /**
     * Whether {@code full} spells out the initials that open {@code logo}: "Gulf Daily News" under "GDN Online" (or
     * "GDN"), "Café del Montenegro" under "CdM", "Belarusian Telegraph Agency" under "BelTA" ({@link OutletInitials}).
     */
    static boolean initialsSpelledOut(String full, String logo) {
        if (logo == null || !logo.replace("&", "").matches("\\p{Lu}\\p{L}{1,7}(?: \\p{L}+)?") || !full.strip().contains(" ")) {
            return false;
        }
        String initials = logo.replace("&", "").split(" ")[0]; // ("C&EN" of "Chemical & Engineering News")
        return OutletInitials.spell(initials, full) || OutletInitials.spellEveryWord(initials, full) || OutletInitials.spellSyllables(initials, full);
    }

    /**
     * "Whitehorse Star" of "Whitehorse Daily Star": the name but one word inside it, the byline's short form of the
     * masthead; or the first word alone of a name of two with no outlet's word ("Valor" of "Valor Econômico").
     */
    static boolean shortened(String full, String name) {
        if (full == null || name == null) {
            return false;
        }
        String[] words = name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String[] fullWords = full.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        int at = 0;
        for (String w : fullWords) {
            at += at < words.length && w.equals(words[at]) ? 1 : 0;
        }
        if (words.length == 1 && fullWords.length == 2 && fullWords[0].equals(words[0]) && words[0].length() >= 4 && !Outlets.hasOutletWord(full)) {
            return true;
        }
        // (one word left out inside the name, its first and last kept: not "Freight Ledger" of "Freight Ledger Media Ltd")
        return words.length >= 2 && at == words.length && fullWords.length == words.length + 1
                && fullWords[0].equals(words[0]) && fullWords[fullWords.length - 1].equals(words[words.length - 1]);
    }

    static long capitals(String s) {
        return s.chars().filter(Character::isUpperCase).count();
    }
}
