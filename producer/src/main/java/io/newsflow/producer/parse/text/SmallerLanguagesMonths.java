package io.newsflow.producer.parse.text;

/**
 * The month names of smaller languages, one table for each group met, a month a row: those of Russia's peoples, of
 * Assamese, Nepali and Sindhi, the Pacific's, more of Africa's, Turkmen's and Gagauz's, Inuktitut's and Amazigh's, the
 * Uralic languages' (Finnish's among them), Guarani's, the smaller Romance languages', the smaller Celtic and Slavic ones',
 * Javanese's and Sundanese's spellings, the Philippines' languages' and West Africa's. {@link MonthNames} reads them after
 * its own tables, in {@link #TABLES}' order: a name two languages share keeps the month of the first.
 */
final class SmallerLanguagesMonths {
    /**
     * The months of Russia's peoples, a month a row: Chuvash ("7 раштав 2026"), Sakha (its two-word names too: "бэс ыйа"),
     * Udmurt ("толсур") and Ossetian's genitives ("7 декабры 2026").
     */
    private static final String[][] RUSSIAS_PEOPLES = {
        {"кӑрлач", "тохсунньу", "толшор", "январы"}, {"нарӑс", "олунньу", "тулыспал", "февралы"},
        {"пуш", "кулун тутар", "южтолэзь", "мартъийы"}, {"ака", "муус устар", "оштолэзь", "апрелы"},
        {"ҫу", "ыам ыйа", "куартолэзь", "майы"}, {"ҫӗртме", "бэс ыйа", "инвожо", "июны"},
        {"утӑ", "от ыйа", "пӧсьтолэзь", "июлы"}, {"ҫурла", "атырдьах ыйа", "гудырикошкон", "августы"},
        {"авӑн", "балаҕан ыйа", "куарусён", "сентябры"}, {"юпа", "алтынньы", "коньывуон", "октябры"},
        {"чӳк", "сэтинньи", "шуркынмон", "ноябры"}, {"раштав", "ахсынньы", "толсур", "декабры"}};

    /** Assamese's, Nepali's and Sindhi's names, a month a row: "৭ ডিচেম্বৰ, ২০২৬", "७ डिसेम्बर २०२६", "07 ڊسمبر 2026". */
    private static final String[][] ASSAMESE_NEPALI_SINDHI = {
        {"জানুৱাৰী", "जनवरी", "جنوري"}, {"ফেব্ৰুৱাৰী", "फेब्रुअरी", "فيبروري"}, {"মাৰ্চ", "मार्च", "مارچ"}, {"এপ্ৰিল", "अप्रिल", "اپريل"},
        {"মে'", "मे", "مئي"}, {"জুন", "जुन", "جون"}, {"জুলাই", "जुलाई", "جولاءِ"}, {"আগষ্ট", "अगस्ट", "آگسٽ"},
        {"ছেপ্টেম্বৰ", "सेप्टेम्बर", "سيپٽمبر"}, {"অক্টোবৰ", "अक्टोबर", "آڪٽوبر"}, {"নৱেম্বৰ", "नोभेम्बर", "نومبر"},
        {"ডিচেম্বৰ", "डिसेम्बर", "ڊسمبر"}};

    /**
     * The Pacific's names, a month a row: Fijian ("Tiseba 7, 2026"), Samoan ("7 Tesema 2026"), Tongan (with its glottal
     * stop as an apostrophe or as "ʻ": "Ma'asi"), Hawaiian ("Kēkēmapa") and Gilbertese ("Tititema").
     */
    private static final String[][] PACIFIC = {
        {"janueri", "ianuari", "sanuali", "sānuali", "ianuali", "tianuare"}, {"feperueri", "fepuari", "fepueli", "fēpueli", "pepeluali", "beberuare"},
        {"maji", "mati", "ma'asi", "maʻasi", "malaki", "maati"}, {"epereli", "aperila", "'epeleli", "ʻepeleli", "ʻapelila", "'apelila", "eberi"},
        {"me", "mē"}, {"iuni", "sune", "iune", "tuun"}, {"iulai", "siulai", "turai"},
        {"okosita", "aokuso", "'aokosi", "ʻaokosi", "ʻaukake", "'aukake", "aokati"}, {"seviteba", "setema", "sepitema", "kepakemapa", "tebetembwa"},
        {"okotova", "oketopa", "'okatopa", "ʻokatopa", "ʻokakopa", "'okakopa", "okitobwa"}, {"noveba", "novema", "nōvema", "nowemapa", "nobembwa"},
        {"tiseba", "tesema", "tisema", "tīsema", "kēkēmapa", "kekemapa", "tititema"}};

    /**
     * More of Africa's (and Haiti's) names, a month a row: Oromo ("7 Muddee 2026"), Shona ("Zvita"), Haitian Creole
     * ("desanm"; its August, "out", is Portuguese's October and left out), Wolof ("Desàmbar"), Chichewa ("Disembala") and
     * Sesotho ("Tšitoe").
     */
    private static final String[][] AFRICAN = {
        {"amajjii", "ndira", "janvye", "samwiyee", "januwale", "pherekhong"}, {"guraandhala", "kukadzi", "fevriye", "fewriyee", "febuluwale", "hlakola"},
        {"bitootessa", "kurume", "mas", "malichi", "hlakubele"}, {"elba", "ebla", "kubvumbi", "avril", "awril", "epulo", "mmesa", "mmese"},
        {"caamsaa", "chivabvu", "mee", "motšeanong", "motseanong"}, {"waxabajjii", "chikumi", "jen", "suwe", "phupjane"},
        {"adoolessa", "chikunguru", "jiyè", "jiye", "sulet", "julayi", "phupu"}, {"hagayya", "nyamavhuvhu", "ut", "ogasiti", "phato"},
        {"fulbaana", "gunyana", "septanm", "sàttumbar", "sattumbar", "seputembala", "loetse", "lwetse"},
        {"onkoloolessa", "gumiguru", "oktòb", "oktoob", "oktoobar", "okutobala", "mphalane"},
        {"sadaasa", "mbudzi", "novanm", "nowàmbar", "nowambar", "novembala", "pulungoana"},
        {"muddee", "zvita", "desanm", "desàmbar", "desambar", "disembala", "tšitoe", "tsitoe"}};
    /** Turkmen's and Gagauz's names, a month a row: "7-nji dekabr 2026" (its day an ordinal), "7 dekabri 2026". */
    private static final String[][] TURKMEN_AND_GAGAUZ = {{"ýanwar", "yanvari"}, {"fewral", "fevrali"}, {"mart", "marti"}, {"aprel", "apreli"},
        {"maý", "mayı"}, {"iýun", "iyüni"}, {"iýul", "iyüli"}, {"awgust", "avgustu"}, {"sentýabr", "sentäbri"}, {"oktýabr", "oktäbri"},
        {"noýabr", "noyabri"}, {"dekabr", "dekabri"}};
    /** Inuktitut's in syllabics and Amazigh's in Tifinagh, a month a row: "ᑎᓯᐱᕆ 7, 2026", "7 ⴷⵓⵊⴰⵏⴱⵉⵔ 2026". */
    private static final String[][] SYLLABICS_AND_TIFINAGH = {{"ᔭᓐᓄᐊᕆ", "ⵉⵏⵏⴰⵢⵔ"}, {"ᕕᕝᕗᐊᕆ", "ⴱⵕⴰⵢⵕ"}, {"ᒫᔾᔨ", "ⵎⴰⵕⵚ"},
        {"ᐊᐃᐳᕆᓪ", "ⵉⴱⵔⵉⵔ"}, {"ᒪᐃ", "ⵎⴰⵢⵢⵓ"}, {"ᔫᓂ", "ⵢⵓⵏⵢⵓ"}, {"ᔪᓚᐃ", "ⵢⵓⵍⵢⵓⵣ"}, {"ᐊᐅᒍᔅᑦ", "ⵖⵓⵛⵜ"}, {"ᓯᑎᐱᕆ", "ⵛⵓⵜⴰⵏⴱⵉⵔ"},
        {"ᐅᑐᐱᕆ", "ⴽⵜⵓⴱⵕ"}, {"ᓄᕕᐱᕆ", "ⵏⵓⵡⴰⵏⴱⵉⵔ"}, {"ᑎᓯᐱᕆ", "ⴷⵓⵊⴰⵏⴱⵉⵔ"}};
    /** Finnish's, Livvi Karelian's (both with their partitives), Mari's and Erzya's, a month a row: "7 теле 2026", "7 ацамков 2026". */
    private static final String[][] URALIC = {
        {"tammikuu", "tammikuuta", "pakkaskuu", "pakkaskuudu", "шорыкйол", "якшамков"}, {"helmikuu", "helmikuuta", "tuhukuu", "tuhukuudu", "пургыж", "даволков"},
        {"maaliskuu", "maaliskuuta", "kevätkuu", "kevätkuudu", "ӱярня", "эйзюрков"}, {"huhtikuu", "huhtikuuta", "sulakuu", "sulakuudu", "вӱдшор", "чадыков"},
        {"toukokuu", "toukokuuta", "oraskuu", "oraskuudu", "ага", "панжиков"}, {"kesäkuu", "kesäkuuta", "kezäkuu", "kezäkuudu", "пеледыш", "аштемков"},
        {"heinäkuu", "heinäkuuta", "heinykuu", "heinykuudu", "сӱрем", "медьков"}, {"elokuu", "elokuuta", "elokuudu", "сорла", "умарьков"},
        {"syyskuu", "syyskuuta", "syvyskuu", "syvyskuudu", "идым", "таштамков"}, {"lokakuu", "lokakuuta", "ligakuu", "ligakuudu", "шыжа", "озковонь"},
        {"marraskuu", "marraskuuta", "kylmykuu", "kylmykuudu", "кылме", "сундерьков"}, {"joulukuu", "joulukuuta", "talvikuu", "talvikuudu", "теле", "ацамков"}};
    /** Guarani's, a month a row: "jasy" (moon, month) and its number ("7 jasypakõi 2026" is December). */
    private static final String[][] GUARANI = {{"jasyteĩ"}, {"jasykõi"}, {"jasyapy"}, {"jasyrundy"}, {"jasypo"}, {"jasypoteĩ"},
        {"jasypokõi"}, {"jasypoapy"}, {"jasyporundy"}, {"jasypa"}, {"jasypateĩ"}, {"jasypakõi"}};

    /**
     * The smaller Romance languages', a month a row: Friulian ("7 di dicembar"), Sardinian ("Nadale", December, as Sardinia
     * names it), Corsican ("dicembre" is Italian's), Ladin of the Dolomites ("dezëmber 7, 2026"), Aromanian ("7 di Andreu
     * 2026") and Walloon ("7 di decimbe 2026"). Friulian's July, "lui", is Italian's and Romanian's "him", and Ladin's May,
     * "ma", Italian's "but": both left out.
     */
    private static final String[][] ROMANCE_MINORITIES = {
        {"zenâr", "ghennàrgiu", "ghjennaghju", "jenà", "yinar", "djanvî"}, {"fevrâr", "freàrgiu", "ferraghju", "forà", "şcurtu", "shcurtu", "fevrî"},
        {"març", "martzu", "merz", "martsu", "måss"}, {"avrîl", "abrile", "aurì", "apriiru", "avri"},
        {"maju", "maghju", "maiu"}, {"jugn", "làmpadas", "ghjugnu", "jügn", "ciriaşu", "ciriashu", "djun"},
        {"trìulas", "lugliu", "messè", "alunaru", "djulete"}, {"avost", "austu", "aostu", "avgustu", "awousse"},
        {"setembar", "cabudanni", "sittembre", "setëmber", "setimbe"}, {"otubar", "santugaine", "ladàmine", "uttobre", "otober", "sumedru", "octôbe"},
        {"novembar", "santandria", "nuvembre", "novëmber", "brumaru", "nôvimbe"}, {"dicembar", "nadale", "idas", "dezëmber", "andreu", "decimbe"}};

    /**
     * The smaller Celtic and Slavic languages', a month a row: Manx (its names of two or three words: "7 Mee ny Nollick
     * 2026"), Cornish ("mis Kevardhu") and Kashubian, nominative and genitive ("7 gòdnika 2026").
     */
    private static final String[][] CELTIC_AND_SLAVIC = {
        {"jerrey geuree", "mis genver", "stëcznik", "stëcznika"}, {"toshiaght arree", "mis hwevrer", "gromicznik", "gromicznika"},
        {"mayrnt", "mis meurth", "strumiannik", "strumiannika"}, {"averil", "mis ebrel", "łżëkwiôt", "łżëkwiôta"},
        {"boaldyn", "mis me", "môj", "môja"}, {"mean souree", "mis metheven", "czerwińc", "czerwińca"},
        {"jerrey souree", "mis gortheren", "lëpinc", "lëpinca"}, {"luanistyn", "mis est", "zélnik", "zélnika"},
        {"mean fouyir", "mis gwynngala", "séwnik", "séwnika"}, {"jerrey fouyir", "mis hedra", "rujan", "rujana"},
        {"mee houney", "mis du", "lëstopadnik", "lëstopadnika"}, {"mee ny nollick", "mis kevardhu", "gòdnik", "gòdnika"}};

    /**
     * Javanese's and Sundanese's spellings of the Indonesian names, a month a row ("7 Desèmber 2026", "7 Désémber 2026"), and
     * Indonesian's older ones ("Pebruari", "Nopember").
     */
    private static final String[][] JAVANESE_AND_SUNDANESE = {{}, {"fèbruari", "pébruari", "pebruari"}, {}, {}, {"mèi", "méi"}, {}, {},
        {}, {"sèptèmber", "séptémber"}, {"oktobèr"}, {"novèmber", "nopémber", "nopember"}, {"desèmber", "désémber", "desémber"}};

    /** The Philippines' names beside Tagalog's, a month a row: Ilocano ("Disiembre 7, 2026"), Cebuano, Kapampangan ("Disyembri"). */
    private static final String[][] PHILIPPINE = {{"eneru"}, {"pebreru"}, {"marsu"}, {}, {"mayu"}, {"hunio", "hunyu"}, {"hulio", "hulyu"},
        {"agostu"}, {"septiembre", "septiyembre", "septiembri"}, {"oktubri"}, {"nobiembre", "nobiyembre", "nobiembri"},
        {"disiembre", "disiembri", "disyembri"}};

    /** West Africa's, a month a row: Twi ("7 Ɔpɛnimma 2026"), Ewe ("7 Dzome 2026"), Bambara ("desanburukalo") and Pulaar ("Desaambar"). */
    private static final String[][] WEST_AFRICAN = {{"ɔpɛpɔn", "dzove", "zanwuyekalo", "sanwiye"}, {"ɔgyefuo", "dzodze", "feburuyekalo", "feebariye"},
        {"ɔbɛnem", "tedoxe", "marisikalo", "marse"}, {"oforisuo", "afɔfiɛ", "awirilikalo", "awiril"}, {"kotonimma", "dama", "mɛkalo"},
        {"ayɛwohomumu", "masa", "zuwɛnkalo", "suwee"}, {"kitawonsa", "siamlɔm", "zuluyekalo", "sulyee"}, {"ɔsannaa", "deasiamime", "utikalo"},
        {"ɛbɔ", "anyɔnyɔ", "sɛtanburukalo", "septaambar"}, {"ahinime", "kele", "ɔkutɔburukalo", "oktoobar"},
        {"obubuo", "adeɛmekpɔxe", "nowanburukalo", "nowaambar"}, {"ɔpɛnimma", "dzome", "desanburukalo", "desaambar"}};

    /** The tables in the order {@link MonthNames} reads them. */
    static final String[][][] TABLES = {RUSSIAS_PEOPLES, ASSAMESE_NEPALI_SINDHI, PACIFIC, AFRICAN, SYLLABICS_AND_TIFINAGH, TURKMEN_AND_GAGAUZ,
        URALIC, GUARANI, ROMANCE_MINORITIES, CELTIC_AND_SLAVIC, JAVANESE_AND_SUNDANESE,
        PHILIPPINE, WEST_AFRICAN};

    private SmallerLanguagesMonths() {
    }
}
