package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section names news sites print above a headline ("Business", "World", "Wirtschaft",
 * "Économie"), in the languages newsflow reads. A short line that is one of them, just before a
 * headline, is a kicker naming the section: without this list "Business" would be read as the
 * title and the real headline as the lead.
 */
public final class SectionNames {
    private static final Set<String> NAMES = Set.of(
            // English
            "news", "world", "world news", "uk", "uk news", "us", "us news", "europe", "asia", "africa", "americas",
            "middle east", "australia", "national", "international", "local", "local news", "community", "politics", "business", "economy",
            "front page news", // (Searchlight's label over its lead stories, no trail from a "Front Page" root)
            "markets", "stock market", "stocks", "finance", "money", "companies", "industry", "energy", "climate", "environment", "science",
            "technology", "tech", "health", "education", "sport", "sports", "football", "culture", "arts",
            "entertainment", "lifestyle", "travel", "media", "society", "property", "law", "crime", "transport",
            "agriculture", "defence", "defense", "security", "weather", "obituaries",
            "schools", "universities", "higher education", "students", // (an education site's desks)
            // competitions a sports desk is split into ("Football | Premier League")
            "premier league", "champions league", "europa league", "la liga", "serie a", "bundesliga", "ligue 1",
            "eredivisie", "formula 1", "formula one", "f1", "nfl", "nba", "mlb", "nhl", "six nations", "rugby union",
            "rugby league", "cricket", "tennis", "golf", "cycling", "athletics", "motorsport",
            // a public body's newsroom ("Briefing Room", "News Releases", "Media releases")
            "briefing room", "press room", "newsroom", "news room", "media centre", "media center", "press releases", "news releases", "media releases",
            // science desks ("Nanotechnology  Physics  Earth  Astronomy & Space  Chemistry  Biology")
            "physics", "chemistry", "biology", "space", "astronomy", "astronomy & space", "earth", "nanotechnology", "medicine",
            // arts and life desks
            "review", "reviews", "film", "films", "books", "music", "tv", "television", "theatre", "stage", "food",
            "fashion", "style",
            // trade and technology desks
            "ai", "artificial intelligence", "cybersecurity", "startups", "semiconductors", "chips", "telecoms",
            "automotive", "aviation", "rail", "shipping", "maritime", "ports", "logistics", "tankers", "containers",
            "nation", "top news", "offshore", "mining", "commodities", "trade", "manufacturing", "retail", "banking", "insurance",
            // German
            "politik", "wirtschaft", "finanzen", "kultur", "wissen", "wissenschaft", "panorama", "ausland", "inland",
            "deutschland", "welt", "gesellschaft", "technik", "digital", "klima", "umwelt", "regional", "lokales",
            // French
            "économie", "politique", "monde", "société", "sciences", "planète", "entreprises", "régions", "france",
            "santé", "éducation", "écologie", "enquêtes", "mobilités", "urbanisme", "climat", "biodiversité",
            // Spanish, Italian, Dutch, Polish, Portuguese
            "economía", "internacional", "política", "sociedad", "cultura", "deportes", "ciencia", "tecnología",
            "españa", "economia", "politica", "esteri", "cronaca", "interni", "binnenland", "buitenland",
            "economie", "wetenschap", "gospodarka", "świat", "kraj", "polityka", "biznes", "mundo", "sociedade",
            "negócios", "empresas", "mercados", "país", "nación", "nacional", "ekonomia", "finanse", "energetyka", "nauka", "zdrowie",
            "społeczeństwo",
            // Swedish, Danish, Norwegian
            "ekonomi", "inrikes", "utrikes", "sverige", "nyheter", "näringsliv", "økonomi", "erhverv", "indland",
            "udland", "innenriks", "utenriks", "norge", "danmark", "nyheder",
            // Finnish, Czech, Hungarian, Romanian
            "kotimaa", "ulkomaat", "talous", "politiikka", "kulttuuri", "urheilu", "domácí", "zahraničí", "ekonomika",
            "kultura", "belföld", "külföld", "gazdaság", "kultúra", "tudomány", "politică", "externe",
            "actualitate", "sănătate",
            // Arabic, Hebrew, Hindi, Tamil and Indonesian desks (the menus of caseless scripts have no capitals to tell them by)
            "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "فنون", "حوادث", "محافظات", "عربي ودولي", "منوعات", "مقالات", "تكنولوجيا",
            "חדשות", "כלכלה", "ספורט", "תרבות", "פוליטי-מדיני", "חדשות בארץ", "देश", "विदेश", "बिजनेस", "खेल", "मनोरंजन", "राजनीति",
            "தமிழகம்", "இந்தியா", "உலகம்", "வர்த்தகம்", "விளையாட்டு", "சினிமா", "அரசியல்", "nasional", "internasional", "olahraga",
            "sepakbola", "hiburan", "teknologi",
            // East Africa's desks: Swahili, Kinyarwanda, Luganda ("Biashara", "Ubukungu", "Bizinensi": business)
            "biashara", "uchumi", "michezo", "siasa", "burudani", "kitaifa", "kimataifa", "afya", "elimu", "ubukungu", "politiki", "imikino",
            "imyidagaduro", "ubuzima", "bizinensi", "ebyobufuzi", "ebyemizannyo",
            // Persian, Bengali, Korean, Japanese and Chinese desks
            "سیاست", "جامعه", "فرهنگ", "ورزش", "بین‌الملل", "জাতীয়", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক", "খেলা", "বিনোদন", "মতামত", "সারাদেশ",
            "정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언", "政治", "経済", "国際", "社会", "スポーツ", "中国", "国际", "财经", "体育",
            "娱乐", "新加坡", "港聞", "要聞", "經濟", "國際", "中國", "娛樂");

    private SectionNames() {
    }

    private static final Pattern ABBREVIATION_DOTS = UnicodeRegex.compile("\\b(\\p{Lu})\\.(\\p{Lu})\\.");
    /** Two words joined by "and" in the languages newsflow reads: "économie et social", "business & finance". */
    private static final Pattern JOINED = Pattern.compile("(\\p{L}+) (?:et|and|&|und|y|e|en|i|og|och|a) (\\p{L}+)");

    /** Longer than any listed name or country with " News" after it (under 60 characters): a paragraph, read no further. */
    private static final int MAX_LABEL = 200;

    /**
     * True when the label (any case, a trailing colon allowed) is a common section name, or a
     * section's or a country's desk: "Business News", "India News" (while "Sky News" is an outlet).
     */
    public static boolean isSection(String label) {
        if (label.length() > MAX_LABEL) {
            return false;
        }
        // "U.S. News", "U.K. Politics": an abbreviation's dots, as the lists write it without them
        String lower = ABBREVIATION_DOTS.matcher(label.strip()).replaceAll("$1$2").replaceAll("[:.]+$", "").toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return true;
        }
        // "Économie et social", "Business & Finance", "Politik und Gesellschaft": two sections joined, the first listed
        Matcher joined = JOINED.matcher(lower);
        if (joined.matches() && NAMES.contains(joined.group(1)) && !joined.group(2).contains(" ")) {
            return true;
        }
        if (!lower.endsWith(" news")) {
            return false;
        }
        String desk = lower.substring(0, lower.length() - " news".length()).strip();
        return NAMES.contains(desk) || Places.isEnglishCountryName(desk);
    }

    /**
     * "Japan, Economy, All": a stamp line's list of the story's categories, two to five labels of one or two
     * capitalised words, one of them a listed section.
     */
    static boolean isCategoryList(String segment) {
        String[] labels = segment.strip().split("\\s*,\\s*");
        if (labels.length < 2 || labels.length > 5) {
            return false;
        }
        boolean section = false;
        for (String label : labels) {
            if (label.isEmpty() || !Character.isUpperCase(label.charAt(0)) || label.split("\\s+").length > 2) {
                return false;
            }
            section |= isSection(label);
        }
        return section;
    }
}
