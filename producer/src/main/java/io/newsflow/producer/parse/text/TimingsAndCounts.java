package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Lines that only count or time something beside a story: an age ("5 hours ago", "Atualizado 2 horas atrás"), a live
 * blog's key event, a reading time ("Lesezeit: 6 Minuten", "Время чтения: 6 минут", "3 min read"), comments', likes' and
 * views' counts ("12 comments", "Total Views: 4212", "Visitas: 1.245"), a quote's move ("+1.20%"), a bare count beside an icon, a player's
 * clock ("00:00 / 02:15") or a PDF's page number. Furniture, never the story's text: {@link JunkLineDetector} asks here.
 */
final class TimingsAndCounts {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TIMING = UnicodeRegex.compile("^\\W*(?:(?:updated|published|posted|last updated|last update)\\s*:?\\s*)?"
            + "(?:(?:about |around |over |nearly )?\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?)\\s+ago|just now|yesterday|today)"
            + "(?:,?\\s*(?:updated|last updated)\\s*\\d+\\s*(?:minutes?|mins?|hours?|hrs?|h|days?)\\s+ago)?\\W*$|" // ("Posted 5h ago, updated 2h ago")
            + "^\\W*(?:atualizado|atualizada|actualizado|actualizada|mis à jour|aggiornato)\\s*:?\\s*(?:há|hace|il y a)?\\s*\\d+\\s*(?:minutos?|min|horas?|h|dias?|días|minutes?|heures?|jours|minuti|ore|giorni)(?:\\s+(?:atrás|fa))?\\W*$|" // ("Atualizado 2 horas atrás")
            + "^\\d+\\s*(?:m|mins?|h|hrs?|d)\\s+ago\\s+\\p{Lu}[^.!?]{0,100}$|^(?:publiziert|veröffentlicht|aktualisiert) (?:heute|gestern)? ?" // a live
            + "(?:um \\d{1,2}[.:]\\d{2}(?: uhr)?|vor \\d+ (?:minuten|stunden|tagen))\\W*$|^(?:[-–]\\s*\\d+\\s*){2,}$|^[+−-]\\d+(?:[.,]\\d+)?%$|" // key event ("2h
            // ago ..."), "Publiziert ...", counters ("- 0 - 150", "Total Views: 4212"), a quote's move ("+1.20%"); "4–5 minutes", a reading time
            + "^(?:total )?views\\s*:?\\s*[\\d,.]+k?$|^\\W*(?:reading time\\s*:?\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:-|\\s)?(?:min|mins|minutes?|mn)(?:\\s+(?:to\\s+)?read)?\\W*$|" // (French "2 mn")
            + "^\\W*\\d+\\s*(?:h|hrs?|d|m|mins?)\\W+\\d+\\s*(?:min|mins|minutes?)\\s+read\\W*$|" // ("• 3h • 2 min read": a syndicated story's age and reading time)
            + "^\\W*\\d+\\s+(?:comments?|likes?|restacks?|shares?|postings?|kommentare|kommentarer|commentaires|comentarios|"
            + "commenti|reacties|komentarze|komentářů|komentáře|yorum)\\W*$|"
            + "^\\W*(?:comments?|kommentare|commentaires|comentarios|commenti|reacties|komentarze|kommentarer|diskuse|diskuze|"
            + "komentáře|komentáre|komentar|postings|yorumlar|(?:vos )?réactions|reactions)\\s*\\(\\d+\\)\\W*$|" // ("Vos réactions (2)")
            + "^\\W*(?:reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura|lectura|"
            + "tempo de leitura|leitura|tempo di lettura|lettura|"
            + "leestijd|lesetied|lesetid|læsetid|lästid|czas czytania|время чтения|час читання)\\s*:?\\s*(?:ca\\.?\\s*)?\\d+\\s*(?:min\\w*|minuten|minutes?|minutos|minuti|minut\\w*|мин\\p{L}*|хвилин\\p{L}*)\\W*$|"
            + "^\\W*\\d+\\s*(?:-|\\s)?(?:min\\w*|minuten|minutos|minuti|['’′])\\s+(?:de\\s+)?(?:lecture|lesezeit|lectura|"
            + "di lettura|leestijd|lesetied|lesetid|læsetid|lästid|read|reading)\\W*$|^\\W*ten tekst przeczytasz w \\d+ minut\\w*\\W*$", F); // (and Polish's)
    /** A bare count ("42": likes, shares next to their icons, "Просмотров: 1245"), a player's clock ("00:00 / 02:15"), or a PDF's page number ("Page 1 of 2", "- 3 -"). */
    private static final Pattern COUNTER = UnicodeRegex.compile("^\\+?\\d{1,6}$|^\\d{1,3}(?:[.,]\\d)?[kKmM]$|^(?i:share|comments?|likes?)\\d{1,6}$|^\\d{1,2}:\\d{2}$|^0{1,2}:00\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?$|^[-–]\\s*\\d{1,3}\\s*[-–]$"
            + "|^(?iu:page|seite|página|pagina|strona|sida|side|sivu)\\s+\\d{1,3}\\s+(?iu:of|von|sur|de|di|van|z|av|af|/)\\s+\\d{1,3}$|^(?iu:lu|vu|read|viewed)\\s+[\\d\\s\u00a0\u202f.,]{1,9}\\s+(?iu:fois|times)$|^(?iu:views|просмотров|просмотры|переглядів|перегляди|visitas|lecturas|leituras|visualizações|vues|aufrufe|visite|visualizzazioni|weergaven)\\s*:?\\s*[\\d\\s\u00a0.,]{1,9}$");
    private TimingsAndCounts() {
    }

    /** Whether the line holds an age, a reading time or a counter as its whole text (the patterns anchor themselves). */
    static boolean holdsTiming(String text) {
        return TIMING.matcher(text).find();
    }

    /** Whether the whole line is a bare count, a player's clock or a page number. */
    static boolean isCount(String text) {
        return COUNTER.matcher(text).matches();
    }
}
