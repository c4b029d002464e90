package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * The words and phrases that label a byline before the writer's name, in the languages of the pages read: "By", "Von",
 * "Par", "Autor:", "Texto de", "Àkọsílẹ̀:". {@link BylineDetector} reads a line opening with one as a byline; they are
 * kept here, one language group a line, since every new language adds to them.
 */
final class BylineLabels {

    /** A correspondent's word, before an agency's initials and the name, closing a wire's story: "(spravodajca TASR Martin Novák)". */
    static final String CORRESPONDENT = "spravodajca|spravodajkyňa|zpravodaj|zpravodajka|correspondent|corresponsal|correspondant"
            + "|corrispondente|korrespondent";

    /** A regex alternation of the labels, case-insensitive where it is used. */
    static final String LEAD_INS = "by|author of the article|von|par|por|door|di|(?-i:de)|przez|av|af|penulis|oleh|pewarta|geschreven door|geschrieben von|escrito por|escribe|escriben|écrit par|rédigé par|rédigée par|scritto da|publicado por|publié par|publicat per|pubblicato da|posted by|"
            + "words by|words|written by|authored by|text by|story by|reported by|report by|interview by|interviewed by|propos recueillis par|"
            + "entretien réalisé par|interview von|intervista di|un texte de|texto de|textos de|texte de|testo di|author|authors|autor|autorin|autoren|autora|autores|autrice|auteur|"
            // Slovene, Latvian, Lithuanian, Estonian, Hungarian ("Avtor:", "Autors:", "Szerző:"), Welsh, Filipino, Albanian, Thai,
            + "avtor|avtorica|autors|autore|autorius|autorė|szerző|szerzők|gan|vum|vun|ni|nga|लेखक|بقلم|ผู้เขียน|text|texto|writer|reporter"
            + "|автор|аутор|ავტორი|minn|հեղինակ|idazlea|müəllif|muallif|муаллиф|লেখক"
            // Khmer, Tamil, Kazakh and Sinhala: "ដោយ៖", "எழுதியவர்:", "Авторы:", "ලේඛක:"
            + "|ដោយ|எழுதியவர்|авторы|ලේඛක"
            // Afrikaans, Hausa, Urdu and Mongolian: "Deur", "Daga", "رپورٹ:", "Сэтгүүлч:"
            + "|deur|daga|رپورٹ|сэтгүүлч|opracowanie" // (and Polish "Opracowanie:", compiled by)
            + "|رپورٽ|لکھاری" // (Sindhi's "report:", Punjabi's "writer:" in Shahmukhi)
            // Belarusian, Somali, Kyrgyz: "Аўтар:", "Qoraa:", "Автору:"
            + "|аўтар|qoraa|автору|yanditswe na|imeandikwa na" // (and Kinyarwanda's and Swahili's "written by")
            // Swahili's and Luganda's "by", capitalised (Polish "na" is "on"): "Na Salma Hamad, Unguja", "Bya Musa Ssemwogerere"
            + "|(?-i:Na|NA|Bya|BYA)"
            // "writes": Bosnian, Croatian, Serbian ("Piše: Dragan Petrović"), their Cyrillic, Macedonian, Albanian
            + "|piše|pišu|пише|пишу|пишува|shkruan|skirbi pa|skirbí pa" // (and Papiamento's "written by")
            // Persian: "نویسنده:", "خبرنگار:"
            + "|نویسنده|خبرنگار"
            // Arabic's "wrote:" and Pashto's "writer:": "كتب: محمد العتيبي", "لیکوال: احمد شاه کریمي"
            + "|كتب|لیکوال"
            // Yoruba, Igbo and Faroese: "Àkọsílẹ̀:", "Onye dere ya:", "Tekstur:"; Dutch, Danish and Norwegian: "Tekst Merel Visser"
            + "|àkọsílẹ̀|onye dere ya|tekstur|tekst"
            // Hebrew, Romansh (lower case only: Italian's "Da" opens a place), Māori, Breton, West Frisian: "מאת:", "da
            // Flurina Caduff", "Nā Mere Tūhoe", "Gant Tangi Le Gall", "Troch Sjoerd Hoekstra"
            + "|מאת|(?-i:da)|nā|gant|troch"
            // Lao, Thai, Yiddish (with or without the rafe over its "f") and Greenlandic: "ໂດຍ:", "โดย สมชาย ใจดี", "פֿון", "Allattoq:"
            + "|ໂດຍ|โดย|פֿון|פון|allattoq|rep(?=\\s*:)" // (and Republika's "Rep: <reporter>/ Red: <editor>", its colon needed)
            // Tibetan (its shad after the label: "རྩོམ་པ་པོ།"), Sorani, Kurmanji and Malagasy ("Nosoratan'i Rija Rakoto")
            + "|རྩོམ་པ་པོ|نووسەر|nivîskar|nosoratan'i|nosoratan’i"
            // Dhivehi's "written by" ("ލިޔުނީ: މަރިޔަމް ޝިފާ")
            + "|ލިޔުނީ"
            // Occitan and Catalan: "Per Joan Matieu Blanc" (a name must follow: "Per capita" names no one)
            + "|per"
            // Greek: the genitive article ("Του Γιώργου Παπαδάκη", "of": a name must follow), "Επιμέλεια:" (compiled by), "Γράφει η ..."
            + "|(?-i:Του|Της|ΤΟΥ|ΤΗΣ)|επιμέλεια|επιμελεια|γράφει(?: ο| η)?|συντάκτης"
            // Sakha's "author" and Udmurt's "wrote": "Ааптар: Сардаана Николаева", "Гожтӥз: Ольга Поздеева"
            + "|ааптар|гожтӥз"
            // the Pacific's "written by": Tok Pisin, Fijian, Samoan, Tongan, Gilbertese ("Stori bilong Mary Kila", "Vola o ...",
            // "Tusia e ...", "Fa'u 'e ...", "Koreana iroun ...")
            + "|stori bilong|vola o|tusia e|fa['ʻ]u ['ʻ]e|koreana iroun"
            // Haitian Creole's and Sesotho's "by", capitalised ("Pa Widlore Mérancourt", "Ka Lineo Mokoena"), Wolof's "write
            // it" and Chichewa's "writer" ("Bind ko: Fatou Ndiaye", "Wolemba: Chisomo Banda")
            + "|(?-i:Pa|PA|Ka|KA)|bind ko|wolemba"
            // Turkmen's "author", Crimean Tatar's "writer", Gagauz's "wrote", Avar's "prepared by", Kabardian's "who wrote it"
            + "|awtor|yazğan|yazdı|хӏадур гьабуна|тхыгъэр зытхар"
            // the Americas' "writer" or "wrote": Quechua, Aymara, Guarani, Nahuatl, K'iche' ("Qillqaq: Rosa Huamán Quispe",
            // "Qillqiri: ...", "Ohai: ...", "Tlahcuilo: ...", "Xtz'ib'an: ...")
            + "|qillqaq|qillqiri|ohai|tlahcuilo|xtz['’]ib['’]an"
            // Uralic "writer" or "wrote": Komi, Mari, Erzya, Moksha, Livvi Karelian, Northern Sami ("Гижысь: ...", "Возышо: ...",
            // "Сёрмадызе ...", "Сёрмадозе ...", "Kirjutti ...", "Čállán: ...")
            + "|гижысь|возышо|сёрмадызе|сёрмадозе|kirjutti|čállán|čálli"
            // Turkic "wrote" in Cyrillic: Tuvan, Altai, Karachay-Balkar, Kumyk, Nogai ("Бижээн: ...", "Бичиген: ...", "Жазгъан: ...")
            + "|бижээн|бичиген|жазгъан|язгъан|язган"
            // Corsican, Ladin, Aromanian, Walloon: "Scrittu da ...", "Scrit da ...", "Scriptu di: ...", "Scrît pa ..."
            + "|scrittu da|scrit da|scriptu di|scrît pa|scrit pa"
            // Manx's "written by"; Polish's, Kashubian's and Lower Sorbian's "wrote" ("Napisała: ...", "Pisała: ...")
            + "|screeuit liorish|napisał|napisała|napisali|pisał|pisała"
            // Indonesia's languages: Javanese's and Sundanese's "writer", Sundanese's "written by", Acehnese's, Minangkabau's, Madurese's
            + "|panulis|ditulis ku|geutuléh lé|ditulih dek|panoles"
            // the Philippines' "written by": Tagalog, Cebuano, Ilocano, Hiligaynon, Waray, Kapampangan, Bikol ("Sinulat ni ...")
            + "|isinulat ni|sinulat ni|insurat ni|ginsulat ni|ginsurat ni|sinulat nang|sinurat ni"
            // West Africa's "writer": Twi, Ewe, Bambara, Pulaar ("Ɔkyerɛwfoɔ: ...", "Ŋlɔla: ...", "Sɛbɛnnikɛla: ...", "Binndi: ...")
            + "|ɔkyerɛwfoɔ|ɔkyerɛwfo|ŋlɔla|sɛbɛnnikɛla|binndi"
            // Turkish: "Muhabir: ..." (reporter), "Yazan: ...", "Hazırlayan: ...", and "Haber: ...", "Yazar: ..." only before a
            // colon ("Haber Merkezi" is the desk, "Yazar Orhan Pamuk ..." a sentence)
            + "|muhabir|yazan|hazırlayan|haber(?=\\s*:)|yazar(?=\\s*:)";

    private BylineLabels() {
    }

    /** "By Sami Zaptia.": a lead-in and a name of capitalised words, a full stop after it; no sentence that starts with "By". */
    private static final Pattern NAME_WITH_STOP = Pattern.compile(
            "^\\W{0,2}(?i:by|par|por|von|door|di)\\s+\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,3}\\.$");

    /** Whether the line is a lead-in and a name with a full stop after it ({@link #NAME_WITH_STOP}). */
    static boolean nameWithStop(String line) {
        return NAME_WITH_STOP.matcher(line.strip()).matches();
    }

    /** "By Johanna Jainchill /", "By Michael Marrow on": a lead-in and a person's name, what a stamp's line leaves of a byline. */
    static boolean leadInAndName(String text) {
        Matcher m = BylineDetector.LEAD_IN.matcher(text.strip());
        return m.matches() && PersonNames.isName(m.group(1).replaceAll("[\\s/|,–—-]+$", "").replaceFirst("\\s+(?:on|at)$", ""));
    }

    /**
     * The kind of piece, then a byline, parted by a bar or a dot, or by a space before "by": "Analysis  |  By Jay Asser  |
     * December 06, 2026", "News by Chris Dring, Head of Games B2B".
     */
    private static final Pattern TYPE_FIRST = Pattern.compile("^(\\p{L}[\\p{L} -]{2,20}?)(?:\\s*[|•·]\\s*|\\s+(?=[Bb]y\\s))(.+)$");

    /** The byline after a segment naming the kind of piece, labelled with it; else empty. */
    static Optional<Byline> typeFirst(String line) {
        Matcher typed = TYPE_FIRST.matcher(line.strip());
        if (!typed.matches() || ArticleTypes.fromLabel(typed.group(1)) == ArticleType.UNKNOWN || !BylineDetector.hasLeadIn(typed.group(2))) {
            return Optional.empty();
        }
        return BylineDetector.standalone(typed.group(2)).map(b -> new Byline(b.authors(), b.source(), b.date(), b.remainder(), typed.group(1).strip()));
    }

    private static final Pattern ON_DATE = Pattern.compile("\\s+on\\s+(?=(?:\\p{L}{3,9}\\.?,?\\s+)?\\d)"
            + "|\\s+le\\s+(?=(?iu:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+\\d)" // (not "Publié le 01/12")
            + "|\\s*,\\s*(?=(?i:updated|published|posted)\\s+\\p{L}{3,9}\\.?\\s+\\d)" // ("By ... Globe Staff,Updated December 4, ...")
            + "|(?<=\\p{Lu}[\\p{Ll}'’-]{1,30})\\s+(?=\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\b)" // ("By Sally Ward-Foxton 12.06.2026 0": a numeric date after the name)
            + "|(?<=\\p{Lu}[\\p{Ll}'’-]{1,30})\\s*,\\s*(?=(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?\\s+\\d{1,2},?)\\s+\\d{4}\\b)"); // (", 5 December 2026")

    /**
     * "Karen Liu on December 4, 2026" after "Posted by", "Hiro Tetuanui le Samedi 5 Décembre 2026" after "Rédigé par": "on"
     * or "le" and a date part the name from the date as a bar would; so does a comma before a stamp's label ("...,Updated
     * December 4, 2026").
     */
    static String dateParted(String byline) {
        return ON_DATE.matcher(byline).replaceFirst(" | ");
    }
}
