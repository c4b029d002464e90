package io.newsflow.producer.parse.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names and abbreviations in English, French, German, Dutch, Spanish, Italian, Portuguese,
 * Polish and Czech (with genitive forms), Romanian, Hungarian, Swedish/Danish/Norwegian and Turkish, mapped to month numbers.
 * Lookup is case-insensitive and ignores a trailing dot ({@code Sept.}).
 */
public final class MonthNames {
    private static final String[][] NAMES = {
        {"january", "jan", "janvier", "janv", "januar", "jänner", "januari", "enero", "ene", "gennaio", "gen", "janeiro", "stycznia", "styczeń", "ocak", "ledna", "leden", "ianuarie", "január"},
        {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "februari", "febrero", "febbraio", "fevereiro", "fev", "lutego", "luty", "şubat", "subat", "února", "únor", "februarie", "február"},
        {"march", "mar", "mars", "märz", "maerz", "mrt", "maart", "marzo", "março", "marco", "marca", "marzec", "mart", "března", "březen", "martie", "március"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "nisan", "dubna", "duben", "aprilie", "április"},
        {"may", "mai", "mei", "mayo", "maggio", "mag", "maio", "maja", "maj", "mayıs", "mayis", "května", "květen", "május"},
        {"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "haziran", "června", "červen", "iunie", "június"},
        {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "temmuz", "července", "červenec", "iulie", "július"},
        {"august", "aug", "août", "aout", "augustus", "agosto", "ago", "sierpnia", "sierpień", "ağustos", "agustos", "augusti", "srpna", "srpen", "augusztus"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września", "wrzesień", "eylül", "eylul", "září", "septembrie", "szeptember"},
        {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out", "października", "październik", "ekim", "října", "říjen", "octombrie", "október"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "kasım", "kasim", "listopadu", "noiembrie"},
        {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "aralık", "aralik", "desember", "des", "prosince", "prosinec", "decembrie"},
    };
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        for (int i = 0; i < NAMES.length; i++) {
            for (String name : NAMES[i]) {
                BY_NAME.putIfAbsent(name, i + 1);
            }
        }
    }

    private MonthNames() {
    }

    /** The month number (1-12) for a name, or 0 when the word is not a month name. */
    public static int month(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return BY_NAME.getOrDefault(key, 0);
    }

    /** A regex alternation of every name, longest first so {@code September} wins over {@code Sep}. */
    static String alternation() {
        return BY_NAME.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
