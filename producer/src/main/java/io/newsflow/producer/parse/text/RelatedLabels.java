package io.newsflow.producer.parse.text;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The labels a page sets over the headlines of other stories, in the languages the corpus has met ("Read more",
 * "Mehr zum Thema", "Lee también", "Baca juga", "Mais recente"), written in lower case: {@link LinkBlocks} reads a
 * label alone on its line, or with the other story's headline after a colon, and leaves the block out of the text.
 */
final class RelatedLabels {
    /** Each label in lower case, without its trailing colon or arrow. */
    static final Set<String> LABELS = Set.of("read more", "read also", "also read", "see also", "related",
            "related article", "related articles", "related stories", "related posts", "related content", "related coverage",
            "related news", "related tags", "don't miss", "don’t miss", "sources", "external links", // (Wikinews' closing lists)
            "references", "footnotes", "bibliography", "références", "referencias", "referências", "quellen", "literaturverzeichnis", // (a piece's citations)
            "more on this story", "more on this topic", "also in the news", "more coverage", "next up in news", "more from", "more stories", "more articles", "recommended", "recommended reading", "recommended articles", "further reading",
            "you may also like", "you might also like", "you may like", "you might like", "more stories you may be interested in",
            "stories you may be interested in", "you may be interested in", "mehr zum thema", "zum thema", "auch interessant",
            "lesen sie auch", "lesen sie mehr", "das könnte sie auch interessieren", "das könnte sie auch noch interessieren", "das könnte dich auch interessieren", "das könnte dich auch noch interessieren", "weitere artikel", "weitere artikel zum thema", "mehr artikel zum thema", "lire aussi", "à lire aussi", "a lire aussi",
            "sur le même sujet", "articles liés", "la rédaction vous conseille", "voir aussi", "pour mémoire", "más información", "te puede interesar", "le puede interesar", "también le puede interesar", "también te puede interesar", "related story", "seguir leyendo", "¿qué otras noticias debes saber?", "címlapról ajánljuk", "súvisiace články", "lee también", "lea también", "leer más", "lea más", "lee más", "lea además", "lee además", "related reading",
            "læs også", "läs också", "keep reading", "keep on reading", "bekijk ook",
            // Swedish, Danish, Norwegian, Faroese and Icelandic "Read more" and "Most read": "Läs mer", "Mest läst", "Mest lisið"
            "läs mer", "läs även", "mest läst", "mest lästa", "læs mere", "mest læste", "les mer", "mest lest", "mest lisið", "les eisini",
            "mest lesið", "mest lesnar", "lestu líka", "fleiri fréttir", "flere saker", "flere nyheter", "fler nyheter", "flere artikler", "fler artiklar",
            // Indonesian, Slovak and Czech: "Baca juga", "Prečítajte si tiež", "Přečtěte si také"
            "baca juga", "lihat juga", "berita terkait", "artikel terkait", "prečítajte si tiež", "přečtěte si také", "čítajte tiež", "mohlo by vás zaujímať",
            // Croatian and Serbian, Lithuanian, Bulgarian, Greek, Slovene, Latvian, Estonian
            "sigue leyendo", "siga leyendo", "pročitajte još", "pročitajte i", "pročitajte više", "skaitykite taip pat", "прочетете още", "най-четени", "najčitanije",
            "διαβάστε επίσης", "διαβάστε ακόμη", "σχετικά άρθρα", "σχετικές ειδήσεις", "preberite tudi", "preberite še", "lasiet arī", "loe ka",
            "leggi anche", "potrebbe interessarti", "lees ook", "meer over dit onderwerp", "gerelateerde artikels", "gerelateerde artikelen", "czytaj też",
            "mirá también", "leé también", // Argentina's voseo
            "czytaj także", "czytaj również", "czytaj więcej", "przeczytaj więcej", "leia mais", "przeczytaj też", "przeczytaj także", "zobacz też", "zobacz także", "zobacz również", "leia também", "saiba mais", "most read", "most popular", "most viewed",
            "popular now", "trending", "trending now", "top stories", "latest news", "latest stories", "meistgelesen",
            "am meisten gelesen", "les plus lus", "lo más leído", "lo más visto", "i più letti", "meest gelezen",
            "najczęściej czytane", "mais lidas", "veja também", "veja mais", "ver también", "noticia relacionada", "noticias relacionadas",
            "artículo relacionado", "notícia relacionada", "relaterat", "relateret", "relatert", "vedi anche", "zie ook", "te recomendamos", "recomendados", "nous vous recommandons",
            "wir empfehlen", "weiterlesen", "ti consigliamo", "aanbevolen", "polecamy", "recommended for you", "les også", "nejčtenější",
            "mohlo by vás zajímat", "související články", "ilgili haberler",
            "lue myös", "lue lisää", "citește și", "citeste si", "citește mai mult", "kapcsolódó cikkek", "kapcsolódó", "passend zum artikel",
            // Hungarian "Recommended video", "Latest", "Most read"
            "kapcsolódó cikk", "ajánlott videó", "ajánlott cikkek", "ajánljuk", "legfrissebb", "legfrissebb hírek", "legolvasottabb",
            // Hindi, Uzbek, Macedonian: "यह भी पढ़ें", "Shuningdek o'qing", "Прочитајте и"
            "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "shuningdek o'qing", "shuningdek oʻqing", "прочитајте и", "прочитајте повеќе",
            // Lithuanian's other order, Bulgarian, Russian and Ukrainian, Malay, Icelandic: "Taip pat skaitykite",
            // "Още по темата", "Читайте также", "Berita Berkaitan", "Fleira áhugavert"
            "taip pat skaitykite", "susiję straipsniai", "daugiau naujienų", "още по темата", "свързани новини", "вижте още", "читайте также", "чытайце таксама", "глядзіце таксама",
            "читайте також", "головне сьогодні", "главное сегодня", "головне за день", "главное за день", "новини за темою",
            "новости по теме", "новости компаний", "другие новости", "новости партнеров", "останні новини", "последние новости", "найпопулярніше", "самое популярное", "самое важное", "самое читаемое", "berita berkaitan", "artikel berkaitan", "baca lagi", "fleira áhugavert", "tengdar fréttir",
            // Albanian, Vietnamese, Armenian, Irish and Welsh: "Lexo edhe", "Đọc tiếp", "Կարդացեք նաև", "Tuilleadh scéalta", "Darllen mwy"
            "lexo edhe", "lexoni edhe", "lexo më shumë", "đọc tiếp", "đọc thêm", "xem thêm", "tin liên quan", "կարդացեք նաև", "կարդացեք նաեւ", "tuilleadh scéalta", "léigh freisin",
            "scéalta gaolmhara", "darllen mwy", "darllenwch fwy", "straeon perthnasol",
            // Catalan, Galician and Portuguese, and a Nepali daily's English: "Més informació", "Relacionadas", "Read Other News"
            "més informació", "més notícies", "també et pot interessar", "et pot interessar", "llegeix també", "relacionades", "relacionadas", "relacionados", "read other news", "contenido sugerido",
            // Slovak's other verb, French's "similar articles", Montenegrin, Serbian and Bosnian "related news"
            "prečítajte si aj", "čítajte viac", "prečítajte si viac", "ilginizi çekebilir", "articles similaires", "iesakām izlasīt", "lasi arī", "saistītie raksti", "daugiau šia tema", "skaitykite daugiau", "povezane vijesti", "povezane vesti", "povezani članci", "povezani tekstovi", "povezano", "povezani sadržaji",
            // a page's links to the stories before and after it: O Globo's "Mais recente" / "Próxima", "Next article"
            "mais recente", "próxima", "próxima notícia", "notícia anterior", "next article", "previous article", "next story",
            "next post", "previous post", "prev story", "read this next", "read next", "sharelines from this story", "popular", "our partners", "more news",
            "previous story", "article suivant", "article précédent", "nächster artikel", "vorheriger artikel", "noticia siguiente",
            "siguiente noticia", "noticia anterior", "articolo successivo", "articolo precedente",
            "editor's comment", "editor’s comment", // (Mmegi's link to the day's editorial under the story)
            "mais notícias", "más noticias", "similar stories", "artigos relacionados", "voir en ligne", "inkuru bijyanye", "inkuru zijyanye", "संबंधित बातम्या", "संबंधित ख़बरें", "संबंधित खबरें", "editor's pick", "editor’s pick", "editor's picks", "editors' picks", "most read by subscribers", "vous aimerez aussi", "vous aimerez peut-être aussi", "pour aller plus loin", "nos abonnés ont lu", "à lire également", "lire également", "sur le même thème", "dw empfiehlt", "explore more", "explore more topics", // (the Economist's and the Atlantic's topics under the story)
            // Korean's and Japanese's "related articles", "most viewed", "recommended" ("관련기사", "関連ニュース")
            "관련기사", "관련 기사", "관련뉴스", "많이 본 뉴스", "関連ニュース", "関連記事", "あわせて読みたい", "おすすめ記事", "アクセスランキング",
            "আরও পড়ুন", "আরো পড়ুন", "আরও খবর", "మరిన్ని", "మరిన్ని వార్తలు", // (Bengali's and Telugu's "read more", "more (news)")
            "વધુ વાંચો", "ಓದಿ", "ಇದನ್ನೂ ಓದಿ", "ਹੋਰ ਖ਼ਬਰਾਂ", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ଆହୁରି ପଢ଼ନ୍ତୁ", "ଆହୁରି ପଢନ୍ତୁ", "مۇناسىۋەتلىك خەۋەرلەر", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "أخبار ذات صلة", "اقرأ المزيد", "الأكثر قراءة", "مزید پڑھیں", "مزید خبریں", "हेही वाचा", "ಟಾಪ್ ನ್ಯೂಸ್", "සම්බන්ධිත පුවත්", "עוד באותו נושא", "தொடர்புடைய செய்திகள்", "اخبار مرتبط", "digər xəbərlər", "loga maiddái", "dalše nastawki", "lleer más", "llei tamién", // (Gujarati,
            // Kannada, Punjabi, Odia, Uyghur; Northern Sami, Upper Sorbian, Asturian)
            "อ่านข่าวที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "ข่าวแนะนำ", "相關新聞", "相关新闻", "相关推荐", "相關推薦", "延伸閱讀", "延伸阅读", "推荐阅读", "推薦閱讀", "热门推荐", "熱門新聞", // (Thai, Chinese)
            // Georgian, Mongolian, Uzbek and Azerbaijani: "also read", "related news", "on the topic", "similar news"
            "поврзани вести", "lajme të ngjashme", // (Macedonian's and Albanian's "related news")
            "tonton juga", "dans la même rubrique", "lesa tambe", "lesa mas", // (and Papiamento's "read also", "read more") // (Malay's "watch also", French's "in the same section")
            "habari zaidi", "habari zinazohusiana", "soma zaidi", "soma pia", "soma hapa", "inkuru bifitanye isano", // (Swahili's, Kinyarwanda's)
            "ასევე წაიკითხეთ", "მსგავსი სიახლეები", "холбоотой мэдээ", "mavzuga oid", "shuningdek o‘qing", "oxşar xəbərlər",
            "この記事を書いた人", // (and a Japanese page's box on "who wrote this article": the name, the desk, their fields)
            // Hebrew's "more stories", "related stories", "you may be interested in", "most read"
            "כתבות נוספות", "עוד כתבות", "עוד בנושא", "כתבות קשורות", "אולי יעניין אותך", "הכי נקראות", "קראו גם", "קראו עוד");

    /** A numbered rail's label: "Top 10 Stories", "Top 5 news", "Top 10 reads". */
    private static final Pattern TOP_N = Pattern.compile("top \\d{1,2} (?:stories|news|articles|reads|headlines)");

    /** A Korean portal's rail of the outlet's main stories, its note glued on: "한겨레 주요뉴스해당 언론사에서 선정하며 ...". */
    private static final Pattern PORTAL_PICKS = Pattern.compile("[\\p{IsHangul}\\w]{1,12} 주요뉴스");

    /** "Más noticias de Quito", "More news from Leeds", "Mehr von RP ONLINE": a rail of a place's, a desk's or the site's other stories. */
    private static final Pattern MORE_NEWS_OF = Pattern.compile("(?:más noticias|more news|mehr nachrichten|plus d'actualités|mais notícias) (?:de|del|from|aus|de la|da|do) \\S.{1,30}"
            + "|(?:more from|more by(?! (?:this|the) (?:author|writer|reporter))|mehr von|mehr aus|mer fra|mere fra|mer från|meer van) \\S.{1,30}|\\S.{2,40}['’]s (?:recent|latest|other) (?:articles|stories|posts)" // ("Robert Arnason's recent articles")
            + "|\\S.{1,40} vous recommande|\\S.{1,40} inapendekeza"); // ("Financial Afrik vous recommande", "DW inapendekeza": the site's picks)

    private static final Pattern ACCENTS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");

    /**
     * The labels without their accents: a label in capitals drops them, in Greek as a rule ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ", lower-cased
     * "σχετικα αρθρα", over a list of "σχετικά άρθρα"). Only Latin and Greek accents go: an Indic vowel sign is a letter's part.
     */
    private static final Set<String> UNACCENTED = LABELS.stream().map(RelatedLabels::unaccented).collect(Collectors.toUnmodifiableSet());

    private RelatedLabels() {
    }

    /** The label (lower case, no trailing colon or arrow) sets other stories' headlines under it. */
    static boolean isLabel(String label) {
        return LABELS.contains(label) || UNACCENTED.contains(label) || TOP_N.matcher(label).matches() || PORTAL_PICKS.matcher(label).lookingAt() || MORE_NEWS_OF.matcher(label).matches();
    }

    private static String unaccented(String label) {
        return ACCENTS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("");
    }
}
