package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * The words a date line may hold beside its dates, in the languages of the pages read: a stamp's labels ("Published",
 * "Mis à jour le", "Stand"), weekdays, the marks of an era ("هـ") and a clock's word ("Uhr", "kl"). {@link MetaDateLine}
 * reads a line as a date line only when nothing else is left of it.
 */
final class DateLineWords {

    /**
     * The weekdays' names, written out, in English, French, German, Spanish, Italian, Turkish and Greek: a date line's,
     * also between a date and its clock ("07 Aralık 2026 Pazartesi 10:12", read by {@link DateExtractor}).
     */
    static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
            + "lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
            + "pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή";

    /**
     * The labels and weekdays, case aside; the Hebrew, Yiddish and Lao words and Esperanto's "la" are bounded by letters
     * and marks instead of a word boundary, since some of them end in a mark.
     */
    static final Pattern META_WORDS = UnicodeRegex.compile("(?iu)\\b(published|publication|date|dated|posted|"
            + "first|last|original|updated|modified|on|at|am|um|le|el|il|op|the|publié|veröffentlicht|publicado|pubblicato|"
            + "opublikowano|gepubliceerd|aktualisiert|mis à jour|actualizado|created|time|uhr|et|gmt|utc|cet|cest|bst|edt|est|"
            + "modifié|geändert|modificado|aggiornato|ultimo agg|ultimo aggiornamento|bijgewerkt|zaktualizowano|atualizado|atualizada|postado|postada|em|publicada|data publikacji|"
            + "update|om|publiceret|publicerad|publisert|opdateret|uppdaterad|uppdaterat|oppdatert|kl|publikováno|aktualizováno)\\b|"
            + "(?iu)\\b(" + WEEKDAYS + "|mon|tue|wed|thu|fri|sat|sun|dydd (?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|" // (Welsh)
            + "alatsinainy|talata|alarobia|alakamisy|zoma|asabotsy|alahady|" // (Malagasy)
            + "ku wa (?:mbere|kabiri|gatatu|kane|gatanu|gatandatu)|ku cyumweru|ku wa|" // (Kinyarwanda's weekdays, "on the": "Ku wa 7 Ukuboza")
            // the Pacific's: Tok Pisin, Fijian, Samoan, Tongan, Hawaiian ("Aso Gafua, 7 Tesema 2026", "Pōʻakahi, Kēkēmapa 7, 2026")
            + "mande|tunde|trinde|fonde|fraide|sarere|sande|moniti|tusiti|vukelulu|lotulevu|vakaraubuka|vakarauwai|sigatabu|"
            + "aso (?:gafua|lua|lulu|tofi|faraile|toonai|sa)|m[oō]nite|tusite|pulelulu|tu['ʻ]apulelulu|falaite|tokonaki|s[aā]pate|"
            + "pōʻa(?:kahi|lua|kolu|hā|lima|ono)|lāpule|"
            // Arabic's weekdays and the marks of the Islamic and the Christian era beside two dates ("الثلاثاء 11 جمادى
            // الآخرة 1447 هـ - 2 ديسمبر 2025 م")
            + "الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|هـ|م|"
            // Amharic's, Tigrinya's and Dhivehi's weekdays and the Ethiopian era's mark ("ሰኞ፣ ኅዳር 28 ቀን 2019 ዓ.ም.")
            + "እሑድ|እሁድ|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ዓርብ|አርብ|ቅዳሜ|ሰንበት|ሰኑይ|ሰሉስ|ሓሙስ|ዓርቢ|ቀዳም|ዓ\\.ም|"
            + "އާދިއްތަ|ހޯމަ|އަންގާރަ|ބުދަ|ބުރާސްފަތި|ހުކުރު|ހޮނިހިރު)\\b|"
            // Hebrew's weekdays ("יום שלישי, י"ב בכסלו תשפ"ו"), bounded by letters, not by \b
            + "(?<!\\p{L})(?:יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|שבת|"
            // Yiddish's weekdays, Lao's "date", Esperanto's article before a date ("la 2-an de decembro 2025")
            + "זונטיק|מאָנטיק|מאנטיק|דינסטיק|מיטוואָך|מיטוואך|דאָנערשטיק|דאנערשטיק|פֿרײַטיק|פרייטיק|ວັນທີ|la|"
            // Korean's and Japanese's stamp labels and halves of the day ("입력 2026.12.05. 오전 9:41 수정 ...": entered,
            // modified, a.m.; "更新" updated, "配信" sent out)
            + "입력|기사입력|수정|최종수정|오전|오후|更新|配信|午前|午後|"
            + "અપડેટેડ|પ્રકાશિત|अपडेटेड|प्रकाशित|பதிவு செய்த நாள்|பதிவு|تاریخ انتشار|زمان انتشار)(?![\\p{L}\\p{M}])"); // (and Gujarati's and Hindi's "updated",
            // "published", Tamil's "date posted", Persian's "date of publication")

    private DateLineWords() {
    }
}
