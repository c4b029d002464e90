package io.newsflow.producer.parse.text;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The zones a news page writes after a time ("CET", "ET", "GMT+1", "+02:00") and their offsets
 * from UTC in minutes. A US region without its season ("ET") takes the offset its rules give on
 * the date, so "ET" in July is EDT. Used by {@link DateExtractor}.
 */
final class ZoneOffsets {

    /** Zone abbreviations, US region names ("ET": the date decides EST or EDT) and offsets ("GMT+1", "+02:00"). */
    static final String PATTERN = "(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?|Z|UTC|GMT|"
            // in capitals only: "10.30 ist", "10h30 est" are German and French verbs after a time
            + "(?-i:CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|MSK|EET|EEST|WET|WEST|JST|KST|AEST|AEDT|"
            + "ACST|ACDT|AWST|NZST|NZDT|IST|PKT|SGT|HKT|WIB|SAST|WAT|EAT|"
            // Canada's French names: heure normale / avancée de l'Est, du Centre, des Rocheuses, du Pacifique, de l'Atlantique
            + "HNE|HAE|HNC|HAC|HNR|HAR|HNP|HAP|HNA|HAA)|[+-]\\d{2}:?\\d{2}";
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("Z", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("WET", 0), Map.entry("CET", 60),
            Map.entry("WEST", 60), Map.entry("BST", 60), Map.entry("CEST", 120), Map.entry("EET", 120),
            Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("EST", -300), Map.entry("EDT", -240),
            Map.entry("CST", -360), Map.entry("CDT", -300), Map.entry("MST", -420), Map.entry("MDT", -360),
            Map.entry("PST", -480), Map.entry("PDT", -420), Map.entry("JST", 540), Map.entry("KST", 540),
            Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("ACST", 570), Map.entry("ACDT", 630),
            Map.entry("AWST", 480), Map.entry("NZST", 720), Map.entry("NZDT", 780),
            // "IST" is India's on the pages that write it ("09:41 pm IST"); Ireland and Israel write their own
            Map.entry("IST", 330), Map.entry("PKT", 300), Map.entry("SGT", 480), Map.entry("HKT", 480),
            Map.entry("WIB", 420), Map.entry("SAST", 120), Map.entry("WAT", 60), Map.entry("EAT", 180),
            Map.entry("HNE", -300), Map.entry("HAE", -240), Map.entry("HNC", -360), Map.entry("HAC", -300),
            Map.entry("HNR", -420), Map.entry("HAR", -360), Map.entry("HNP", -480), Map.entry("HAP", -420),
            Map.entry("HNA", -240), Map.entry("HAA", -180));

    /** US zone names without a season: the region's rules give EST or EDT for the date. */
    private static final Map<String, ZoneId> REGIONS = Map.of("ET", ZoneId.of("America/New_York"),
            "CT", ZoneId.of("America/Chicago"), "MT", ZoneId.of("America/Denver"), "PT", ZoneId.of("America/Los_Angeles"));

    private ZoneOffsets() {
    }

    /** The offset in minutes of {@code zone} (as {@link #PATTERN} matched it; null for none: UTC) at {@code at}. */
    static int minutes(String zone, LocalDateTime at) {
        if (zone == null) {
            return 0;
        }
        String z = zone.toUpperCase(Locale.ROOT).replaceFirst("^(?:GMT|UTC)\\s?(?=[+-])", "");
        if (REGIONS.containsKey(z)) {
            return REGIONS.get(z).getRules().getOffset(at).getTotalSeconds() / 60;
        }
        if (z.matches("[+-]\\d{1,2}")) {
            return Integer.parseInt(z) * 60;
        }
        if (z.startsWith("+") || z.startsWith("-")) {
            String digits = z.substring(1).replace(":", "");
            int minutes = Integer.parseInt(digits.substring(0, 2)) * 60 + Integer.parseInt(digits.substring(2, 4));
            return z.startsWith("-") ? -minutes : minutes;
        }
        return ZONES.getOrDefault(z, 0);
    }
}
