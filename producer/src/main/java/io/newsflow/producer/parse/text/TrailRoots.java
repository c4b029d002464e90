package io.newsflow.producer.parse.text;

import java.util.Set;

/**
 * The words a trail of crumbs starts from, in lower case, in the languages of the pages seen: the site's home link
 * ("Home", "Accueil", "ראשי", "Nyumbani") and the root that names its news as a whole ("News", "Nachrichten", "Lajme").
 * {@link BreadcrumbDetector} reads a trail's section after them.
 */
final class TrailRoots {
    /** A trail's home crumb ("Home", "Accueil", "Startseite") in the languages of the pages seen. */
    static final Set<String> HOME = Set.of("home", "homepage", "home page", "start", "startseite", "accueil",
            "inicio", "início", "portada", "strona główna", "hoofdpagina", "front page", "frontpage", "главная", "anasayfa",
            "начало", "početna", "naslovnica", "pradžia", "forsíða", "головна", "domov", "úvod", "ballina", "หน้าแรก",
            "होम", "मुख्य पृष्ठ", "bosh sahifa", "почетна", // Hindi, Uzbek, Macedonian
            // Hebrew's "main" (the home link) and "home page"; Swahili's, Kinyarwanda's; Malay's "main", "main page"
            "ראשי", "דף הבית", "nyumbani", "mwanzo", "ahabanza", "utama", "laman utama",
            "тӱҥ лаштык", "кол арын", // (Mari's and Tuvan's "main page")
            "domo", "plata prinzipala", "tre", // (Sardinian's and Cornish's "home", Ladin's "main page")
            "ngarep", "jero", "puno", // (Javanese's "front", Balinese's "inside", Waray's "start")
            "الرئيسية", "الصفحة الرئيسية", "صفحه اصلی", "خانه", "ana sayfa", "trang chủ", // Arabic, Persian, Turkish, Vietnamese
            "ホーム", "トップ", "首页", "首頁", "홈", // Japanese ("home", "top"), Chinese, Korean
            "beranda", // Indonesian's "veranda", the home link
            "forsida", "forsiden", "framsida"); // Norwegian's "front page", Nynorsk's and Bokmål's
    /** A root crumb that names the site's news as a whole ("News > Mining > Copper"): the section is the next crumb. */
    static final Set<String> NEWS = Set.of("news", "latest news", "nachrichten", "aktuelles", "actualités", "noticias",
            "notizie", "nieuws", "wiadomości", "notícias", "nyheter", "nyheder", "zprávy", "správy", "uutiset", "haberler",
            "vijesti", "vesti", "novice", "naujienos", "ziņas", "uudised", "fréttir", "новини", "новости", "hírek", "știri", "newyddion", "חדשות", "habari", "amakuru", "amawulire",
            "balita", "lajme", "ข่าว", "вести", "вијести", "nuacht", "aħbarijiet", "ახალი ამბები", "լուրեր", "albisteak", "খবর",
            "xəbərlər", "yangiliklar", "янгиликлар", "समाचार", "ख़बरें", "खबरें", // (Uzbek, Hindi)
            "ព័ត៌មាន", "செய்திகள்", "жаңалықтар", "පුවත්", // (Khmer, Tamil, Kazakh, Sinhala)
            "notícies", "novas", "nuus", "labarai", "мэдээ", "خبریں", "خەۋەرلەر", "ođđasat", // (Catalan, Galician, Afrikaans, Hausa, Mongolian, Urdu)
            "навіны", "wararka", "izindaba", "жаңылыктар", // (Belarusian, Somali, Zulu, Kyrgyz)
            "яңылыҡтар", "хыпарсем", "сонуннар", "хабæрттæ", "иворъёс", "мэдээнүүд", // (Bashkir, Chuvash, Sakha, Ossetian, Udmurt, Buryat)
            "خبراں", "خبرون", // (Punjabi in Shahmukhi, Sindhi)
            "nius", "itukutuku", "tala fou", "ongoongo", "nā nūhou", "rongorongo", // (Tok Pisin, Fijian, Samoan, Tongan, Hawaiian, Gilbertese)
            "oduu", "nhau", "nouvèl", "xibaar", "nkhani", "litaba", // (Oromo, Shona, Haitian Creole, Wolof, Chichewa, Sesotho)
            "willakuykuna", "willakuy", "yatiyawinaka", "marandu", // (Quechua, Aymara, Guarani)
            "выльторъяс", "уверла", "увер-влак", "кулят", "uudizet", // (Komi, Mari and its plural, Erzya and Moksha, Livvi Karelian)
            "медээлер", "солундар", "хапарла", "хабарлар", // (Tuvan, Altai, Karachay-Balkar; Khakas, Kumyk and Nogai)
            "nautãts", "nouvelles", // (Aromanian; French's "news", as Walloon sites write it too)
            "新闻", "新聞", "뉴스", "ニュース", // (Chinese, Korean, Japanese)
            "nyheiter", // (Nynorsk)
            "naight", "nowodhow", "narichten", "nowinë", "powěsći", // (Manx, Cornish, Low German, Kashubian, Lower Sorbian)
            "pawartos", "warta", "béja", "orti", "haba", "barito", "kabar", // (Javanese, Sundanese, Balinese, Acehnese, Minangkabau, Madurese)
            "damag", "barita", "bareta", // (Ilocano, Waray, Bikol)
            "kaseɛbɔ", "nyadzɔdzɔwo", "kibaruyaw", "kabaruuji", // (Twi, Ewe, Bambara, Pulaar)
            "habarlar", "haberlär", "керланаш", "хӏабарал", "хъыбархэр", // (Turkmen, Gagauz, Chechen, Avar, Kabardian)
            "اخبار", "ዜና", "хабарҳо", "خبرونه", "သတင်း", // (Persian, Amharic, Tajik, Pashto, Burmese)
            "ìròyìn", "akụkọ", "naidheachdan", "tíðindi", // (Yoruba, Igbo, Scottish Gaelic, Faroese)
            "novitads", "ngā kōrero", "keleier", "nijs", // (Romansh, Māori, Breton, West Frisian)
            "ຂ່າວ", "נײַעס", "נייעס", "novaĵoj", "nutaarsiassat", // (Lao, Yiddish with or without its marks, Esperanto, Greenlandic)
            "གསར་འགྱུར", "གསར་འགྱུར།", "هەواڵ", "nûçe", "vaovao", "яңалыклар", // (Tibetan, with its shad or not, Sorani, Kurmanji,
            "berita", "tin tức", "ޚަބަރު", // Malagasy, Tatar, Indonesian and Malay, Vietnamese, Dhivehi)
            // an Indian site's root named in English by its language: "Hindi News › Metro › Delhi"
            "hindi news", "tamil news", "telugu news", "marathi news", "bangla news", "bengali news", "gujarati news", "kannada news",
            "malayalam news", "punjabi news", "urdu news", "odia news");

    private TrailRoots() {
    }
}
