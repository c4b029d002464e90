package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site says about itself under or beside its name: "Serving the Upper Peninsula since 1934", "The voice of the
 * Highlands", "Rwanda's Leading Daily", "Ukrainian National News Agency". Furniture wherever it stands, and a sign
 * that the line above or before it is the site's name.
 */
final class SiteTaglines {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What a site lists that it covers beside its news. */
    private static final String TOPIC = "(?:sports?|business|tourism|politics|entertainment|lifestyle|culture|weather|travel|opinion"
            + "|analysis|videos?|events|technology|health|economy|world|features)";

    /** A site's tagline under its name ("Serving the Upper Peninsula since 1934", "The voice of the Highlands"). */
    private static final Pattern TAGLINE = UnicodeRegex.compile("^\\W*(?:(?:proudly )?serving\\b.{2,60}\\b(?:since (?:1[6-9]|20)\\d\\d|"
            + "communit(?:y|ies)|county|counties|region|area|valley|coast|peninsula|city|cities|town|towns)|"
            + "your (?:trusted |local |independent )?source for\\b.{2,50}|"
            // "Nieuws uit Curaçao, Aruba en Bonaire", "News from the islands": a site's news and where from
            + "(?:news|nieuws|nachrichten|noticias|nouvelles|notizie|notícias) (?:from|uit|aus|de|des|da|di|do) (?:the )?(?-i:\\p{Lu})"
            + "[\\p{L}'’ -]{1,30}(?:, (?-i:\\p{Lu})[\\p{L}'’ -]{1,30})*(?: (?:and|en|und|y|et|e) (?-i:\\p{Lu})[\\p{L}'’ -]{1,30})?|"
            // "Maldives news, sports, business and tourism": a place's news and a list of what else the site covers
            + "(?:latest )?(?-i:\\p{Lu})[\\p{L}'’-]+(?: (?-i:\\p{Lu})[\\p{L}'’-]+){0,2} news(?:, " + TOPIC + "){0,6},? (?:and|&) " + TOPIC + "|"
            // "Nonprofit, nonpartisan news for Alaska", "Independent news from the Highlands"
            + "(?:(?:nonprofit|non-profit|nonpartisan|non-partisan|independent|local|community),? (?:and )?){1,3}news (?:for|from|about|in)"
            + " (?:the )?(?-i:\\p{Lu})[\\p{L}'’ -]{1,40}|"
            // "PNG's Home of News", "The home of local news": a station's or a paper's line under its name
            + "(?:the |your )?(?:\\p{L}+['’]s )?home (?:of|for) (?:(?:local|breaking|the latest|live) )?(?:news|sport|sports)|the voice of (?:the )?(?-i:\\p{Lu}).{2,40}|"
            // the network or group the site belongs to, under its name: "part of the USA TODAY Network", "A member of the Gannett family"
            + "(?:proud(?:ly)? )?(?:an? )?(?:part|member) of (?:the )?(?-i:\\p{Lu})[\\p{L}\\d'’ .&-]{1,40} (?:network|group|family)|"
            // a Wikimedia project's line under its name: "From Wikinews, the free news source you can write!"
            + "from (?-i:\\p{Lu})\\S{1,30}, the free \\p{L}[\\p{L} ]{2,40}|"
            // what the site says it is, under or beside its name: "Rwanda's Leading Daily", "Ukrainian National News Agency",
            // "Nigeria's most widely read newspaper" (a superlative or "national" before the kind of paper; not "National News")
            + "(?:the |your )?(?:\\p{L}+['’]s )?(?:[\\p{L}-]+ )?(?:leading|largest|biggest|premier|oldest|first|independent|national|international|official|online"
            + "|most (?:popular|trusted|read|widely read)|number one|no\\.? ?1|best-selling|outspoken|fearless)(?: [\\p{L}-]+)? (?:daily|newspaper|news ?paper"
            + "|news (?:agency|site|portal|website|network|service|source)|tabloid|weekly)"
            + "(?: (?:in|of|for|from) (?:the )?(?-i:\\p{Lu})[\\p{L}'’ -]{1,30})?(?: since (?:1[6-9]|20)\\d\\d)?|" // "... news source in
            // Botswana", "Japan's National Daily Since 1922"
            // a party's or state's paper: "Órgano oficial del Comité Central del Partido Comunista de Cuba", "Official organ of ..."
            + "(?:órgano|organo|organe) (?:oficial|officiel|ufficiale) (?:del?|du|de la|des|dell[ao]?) (?-i:\\p{Lu}).{2,80}"
            + "|(?:the )?official (?:organ|newspaper|mouthpiece) of (?:the )?(?-i:\\p{Lu}).{2,80}|"
            // a country's or town's paper by its kind alone: "The Gambia's Daily Newspaper", "Guyana's Weekly Paper"
            + "(?:the )?(?-i:\\p{Lu})\\p{L}+(?: (?-i:\\p{Lu})\\p{L}+){0,2}['’]s (?:daily|weekly|morning|evening|community|online|favou?rite)"
            + " (?:newspaper|news ?paper|paper)|" // (and of a place of two or three words: "Norfolk Island's weekly newspaper")
            + "(?:the )?(?-i:\\p{Lu})\\p{L}+(?: (?-i:\\p{Lu})\\p{L}+){0,2}['’]s (?:[\\p{L}-]+ ){0,2}news source|" // ("Alaska's News Source",
            // "America's Education News Source")
            // a place of two or three words, its paper by the word alone: "The Falkland Islands' Newspaper"; the founding year
            // alone: "Established 1985", "Est. 1921", "Founded in 1867"
            + "(?:the )?(?-i:\\p{Lu})\\p{L}+(?: (?-i:\\p{Lu})\\p{L}+){0,2}(?:['’]s|s['’]) (?:own )?(?:newspaper|news ?paper)|"
            + "(?:established|est\\.|founded)(?: in)? (?:1[6-9]|20)\\d\\d|"
            // a Persian agency's name written out under its short one: "خبرگزاری جمهوری اسلامی" under "ایرنا"
            + "خبرگزاری(?: [\\p{L}\\p{M}\\u200C]+){2,4}|"
            // a national agency by its kind under its brand: "Agencia Peruana de Noticias" under "Andina"
            + "(?:agencia|agência|agence|agenzia) (?-i:\\p{Lu})\\p{L}+ (?:de|di) (?:noticias|notícias|notizie|nouvelles|informaci[oó]n|informação)|"
            // a country's business paper by its kind: "Israel Business News" under "Globes"
            + "(?-i:\\p{Lu})\\p{L}+(?: (?-i:\\p{Lu})\\p{L}+)? (?:business|financial|economic) news|"
            // Turkish: "Türkiye'nin Haber Sitesi", "Türkiye'nin en çok okunan haber sitesi"
            + "(?-i:\\p{Lu})\\p{L}+['’]n?[ıiuü]n (?:en (?:çok okunan|güvenilir|büyük) )?haber (?:sitesi|portalı)|"
            // the kind of paper and its region: "Zeitung für Oberschwaben", "Newspaper for the North Shore", "Journal pour la Gaume"
            + "(?:zeitung|tageszeitung|newspaper|paper|journal|quotidien|krant|dagblad|giornale|periódico|diario) (?:für|for|pour|per|para|voor) "
            + "(?:the |den |die |das |le |la |l'|el |il )?(?-i:\\p{Lu})[\\p{L}'’ -]{1,40}|"
            // the same in Spanish, Portuguese, French, Italian, and a paper's seniority: "Fundada en 1849", "Decana de la prensa nacional"
            + "(?:fundad[oa]|fondée?|fondato|fondata)(?: en| em| in| nel)? (?:1[6-9]|20)\\d\\d|decan[oa] de la prensa(?: [\\p{L}]+){0,2}|"
            // when the paper comes out: "Published every Friday", "Out every Thursday"
            + "(?:published|out|on sale) (?:every|each) (?:day|week|weekday|fortnight|month|monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)(?: (?:and|&) (?-i:\\p{Lu})\\p{L}+)?|"
            // a window title's description after the name: "Sri Lanka Latest Breaking News and Headlines"
            // a trade's or a place's breaking news, what the site is under its name: "Hollywood Breaking News" (Deadline's)
            + "(?-i:\\p{Lu})[\\p{L}'’]+ breaking news|(?:[\\p{L}'’-]+ ){0,3}news since (?:1[6-9]|20)\\d\\d|" // ("Global Mining News Since 1915")
            // "Nigeria and World News": a country's news and the world's, after the name and a dash; "Guyana and Caribbean
            // News": and its region's
            + "(?:[\\p{L}'’]+ ){1,2}(?:and|&) (?:world|international|global|regional|caribbean|african|pacific|arab|asian|european"
            + "|latin american|middle east(?:ern)?|gulf|balkan|nordic|baltic) news|"
            // (two such words, or a list after "news": "Top News" alone is a section's label)
            // (or parted by a bar or a dash, as in a window title: "Fiji Breaking News | Latest Headlines")
            + "(?:[\\p{L}'’]+ ){0,3}(?:(?:latest|breaking|top),? (?:breaking|latest) news(?:(?:,| and| &| [|•–-]) (?:(?:latest |top )?headlines"
            + "|updates|analysis|videos?))*|(?:latest|breaking|top) news(?:(?:,| and| &| [|•–-]) (?:(?:latest |top )?headlines|updates|analysis"
            + "|breaking news|latest news|videos?))+)|"
            // an agency's or a site's kind alone under its name, in Armenian, Georgian, Russian and Ukrainian: "Լրատվական
            // գործակալություն", "საინფორმაციო სააგენტო", "Информационное агентство"
            + "(?:լրատվական|տեղեկատվական) (?:գործակալություն|կայք)|საინფორმაციო (?:სააგენტო|პორტალი)|(?:информационное|інформаційне) агентство|"
            // the same in French, Spanish, Portuguese, Italian: "Le quotidien de référence en Côte d'Ivoire" (no verb: a paper's
            // own words, never a sentence of the story)
            + "(?:le|la|el|o|il) (?:premier |primer |primeiro |primo |grand |gran )?(?:quotidien|journal|diario|jornal|giornale|periódico"
            + "|quotidiano)(?: (?:d'information|de référence|de referencia|de referência|national|nacional|nazionale|indépendant"
            + "|independiente|independente|du soir|de la tarde))+(?: (?:en|de|du|in|do|da|del|de la) [\\p{L}'’ -]{2,30})?)\\W*$", F);

    private SiteTaglines() {
    }

    /** The site's name, then its tagline after a bar: "EMTV Online | PNG's Home of News", a page's last line. */
    private static final Pattern NAME_THEN_TAGLINE = Pattern.compile("^\\W*[\\p{L}\\d.&'’ -]{2,40}?\\s+[|–—-]\\s+(.+)$"); // ("Milliyet Haber - ...")

    /** True when the whole line, at most 120 characters, is a tagline, alone or after the site's name. */
    static boolean matches(String line) {
        String text = line.strip();
        if (text.length() > 120) {
            return false;
        }
        Matcher named = NAME_THEN_TAGLINE.matcher(text);
        return TAGLINE.matcher(text).matches() || named.matches() && TAGLINE.matcher(named.group(1)).matches()
                || text.contains(" · ") && Arrays.stream(text.split("\\s+·\\s+")).allMatch(part -> TAGLINE.matcher(part).matches()); // ("... · Fundada en 1849")
    }
}
