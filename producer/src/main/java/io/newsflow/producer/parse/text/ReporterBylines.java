package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines that name the writer with a word for "reporter" or "by" that the other byline rules do not read: Korean and
 * Japanese after the name ("김민수 기자", "山田太郎 記者", the address perhaps after: "김영호 기자 youngho@etnews.com"),
 * Chinese before it ("记者 王明", the outlet's name perhaps first: "澎湃新闻记者 李明"; "文｜李明"), a Japanese site's name and
 * outlet in brackets ("[山田太郎，ITmedia]"), Uyghur's "our reporter" before it
 * ("مۇخبىرىمىز ئەركىن"), and Swahili's "Na" before a name
 * in capitals ("Na JOHN MWANGI"; not Polish "na", "on", before a name in natural case), and Irish "Le" before a name
 * with an Irish particle ("Le Máire Ní Bhriain"; not French "Le", the article), and Zulu's "ngu" glued to the name
 * ("NguSipho Mthembu"), and Amharic's "በ" and Tigrinya's "ብ" glued to the name ("በዳዊት ታደሰ", "ብተስፋይ ገብረሚካኤል"),
 * and Icelandic's "skrifar" ("writes") after the name ("Jón Þór Stefánsson skrifar"); and a name, a slash and the writer's role
 * ("Neville Johnson/Senior Business Reporter", as the Gleaner writes it); and a Taiwanese paper's line of stamp, paper,
 * reporter and town ("2026-12-06 11:20 聯合報／ 記者簡永祥／台北報導"); and a Japanese magazine's name and post ("山田 太郎 : 東洋経済
 * 記者").
 */
final class ReporterBylines {

    /** The name before "reporter" (Korean, Japanese), after it (Chinese), or in capitals after Swahili's "by". */
    private static final Pattern REPORTER = Pattern.compile("^([\\p{IsHangul}\\p{IsHan}]{2,4})\\s*(?:기자|記者)$"
            + "|^(?:\\p{IsHan}{2,8}?)?(?:记者|記者)\\s*([\\p{IsHan}]{2,4})$|^مۇخبىرىمىز\\s+([\\p{IsArabic}]{2,20}(?:\\s+[\\p{IsArabic}]{2,20})?)$|^Na\\s+(\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){1,3})$"
            // Irish "Le" before a name with an Irish surname's particle ("Le Máire Ní Bhriain"; never French "Le Journal de Lyon")
            + "|^Le\\s+(\\p{Lu}[\\p{L}'’-]+\\s+(?:Ní|Nic|Ó|Ua|Mac|Mhic|Uí|Bean\\s+Uí)\\s+\\p{Lu}[\\p{L}'’-]+"
            // and Scottish Gaelic's, before a surname with "Mac" or "Nic" glued on ("Le Iain MacLeòid")
            + "|\\p{Lu}[\\p{L}'’-]+\\s+(?:Mac|Nic)\\p{Lu}[\\p{L}'’-]+)$"
            // Zulu's and Xhosa's "ngu" glued to the name it credits ("NguSipho Mthembu"), two or three names after it
            + "|^[Nn]gu(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,2})$"
            // Icelandic's and Faroese "writes" after the name ("Jón Þór Stefánsson skrifar")
            + "|^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})\\s+(?:skrifar|skrivar)$"
            // Chinese "text by" before the name ("文｜李明", "作者：李明"), and a Japanese site's name and outlet in brackets ("[山田太郎，ITmedia]")
            + "|^(?:文|作者|撰文|文字)\\s*[｜|:：/]\\s*(\\p{IsHan}{2,4})$|^[\\[［]\\s*(\\p{IsHan}{2,5})\\s*[，,]\\s*[^\\]］]{2,40}[\\]］]$"
            // a Japanese magazine's name, a colon and the outlet's post: "山田 太郎 : 東洋経済 記者"
            + "|^(\\p{IsHan}{1,4}\\s?\\p{IsHan}{1,4})\\s*[:：]\\s*\\S{2,12}\\s*(?:記者|編集部|ライター)$");

    /** Amharic's "በ" and Tigrinya's "ብ", "by", glued to the name ("በዳዊት ታደሰ", "ብተስፋይ ገብረሚካኤል"), two or three names in all. */
    private static final Pattern ETHIOPIC_BY = Pattern.compile("^[በብ](\\p{IsEthiopic}{2,}(?:\\s+\\p{IsEthiopic}{2,}){1,2})$");
    /** Given names that open with those letters, no "by" before a name: Bereket, Belay, Bekele, Beyene, Birhanu, Biruk, Berhane, Biniam, Birtukan. */
    private static final Set<String> GIVEN_NAMES = Set.of("በረከት", "በላይ", "በላይነህ", "በቀለ", "በየነ", "በኃይሉ", "ብርሃኑ", "ብሩክ", "ብርሃነ",
        "ብንያም", "ብርቱካን", "ብስራት", "ብዙአየሁ", "ብዙነሽ", "በፀሎት", "በእምነት");

    /** "Neville Johnson/Senior Business Reporter": the name, then the role after a slash. */
    private static final Pattern NAME_SLASH_ROLE = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})\\s*/\\s*"
            + "(\\p{Lu}[\\p{L} -]{2,60})");

    /**
     * "2026-12-06 11:20 聯合報／ 記者簡永祥／台北報導", "經濟日報 記者陳美玲／台北即時報導": the stamp perhaps, the paper, the reporter (or
     * two), the town reported from.
     */
    private static final Pattern STAMPED_REPORTER = Pattern.compile("^(?:(\\d{4}-\\d{2}-\\d{2}\\s+\\d{1,2}:\\d{2})\\s+)?(\\p{IsHan}{2,8})\\s*[／/]?\\s*"
            + "(?:記者|记者)\\s*(\\p{IsHan}{2,4}(?:[、，]\\p{IsHan}{2,4}){0,2})\\s*[／/]\\s*\\p{IsHan}{2,6}(?:報導|报道)$");
    /** A Chinese byline's editor after the writer, parted by spaces: "作者：李华　责编：王敏" (the editor signs nothing). */
    private static final Pattern EDITOR_AFTER = Pattern.compile("[\\s\\u3000]+(?:责编|責編|编辑|編輯)\\s*[:：]\\s*\\p{IsHan}{2,4}$");

    /** The writer's address after the byline, which the reporter's line may carry. */
    private static final Pattern ADDRESS_AFTER = Pattern.compile("\\s+" + ContactLines.MAIL_ADDRESS + "$");

    private ReporterBylines() {
    }

    /** The byline the line is, if it is one of these. */
    static Optional<Byline> read(String line) {
        Matcher slashed = NAME_SLASH_ROLE.matcher(line.strip());
        if (slashed.matches() && PersonNames.isName(slashed.group(1)) && UnmarkedBylines.isRole(slashed.group(2).strip())) {
            return Optional.of(new Byline(List.of(NameCase.natural(slashed.group(1))), null, null, null));
        }
        Matcher stamped = STAMPED_REPORTER.matcher(line.strip());
        if (stamped.matches()) {
            return Optional.of(new Byline(List.of(stamped.group(3).split("[、，]")), stamped.group(2),
                    stamped.group(1) == null ? null : DateExtractor.find(stamped.group(1)).orElse(null), null));
        }
        Matcher ethiopic = ETHIOPIC_BY.matcher(line.strip());
        if (ethiopic.matches()) { // (a bare name that opens with those letters is left to the other rules: "በረከት ተስፋዬ")
            return GIVEN_NAMES.contains(line.strip().split("\\s+")[0]) ? Optional.empty()
                    : Optional.of(new Byline(List.of(ethiopic.group(1)), null, null, null));
        }
        Matcher reporter = REPORTER.matcher(EDITOR_AFTER.matcher(ADDRESS_AFTER.matcher(line.strip()).replaceFirst("")).replaceFirst("")); // ("김영호 기자 youngho@etnews.com")
        if (!reporter.matches()) {
            return Optional.empty();
        }
        String name = null;
        for (int g = 1; name == null && g <= reporter.groupCount(); g++) {
            name = reporter.group(g);
        }
        return Optional.of(new Byline(List.of(reporter.group(4) != null ? NameCase.natural(name) : name), null, null, null));
    }
}
