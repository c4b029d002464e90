package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed vocabularies of page furniture that {@link JunkLineDetector} matches whole lines or
 * runs of words against: navigation and menu words (every share button of {@link ShareButtons} among them), a reader's
 * account links, in the languages of the pages seen. Lower case; a line is compared after its marks are trimmed.
 */
final class FurnitureWords {
    static final Set<String> NAVIGATION = ShareButtons.with("advertisement", "skip to content", "skip to main content",
            "menu", "search", "log in", "login", "sign in", "subscribe", "sign up", "sign up here", "close", "home", "top stories",
            "social sharing", "read next", "share this", "corrections and clarifications", "submit a news tip",
            // an edition's language switch alone on its line ("Ammon News" / "English" / the menu)
            "english", "français", "español", "deutsch", "português", "русский", "العربية", "عربي", "中文",
            "news in english", "english edition", "english service", // (an agency's English service: "HINA" / ... / "News in English")
            "posted", "posted in", "posted by", "written by", "by", "in", // (a block theme's meta words, each a paragraph: "Posted" / date / "in" / ...)
            "most read", "most popular", "most viewed", "trending", "link copied", "reuse this content",
            "ad feedback", "follow us", "discussion about this post", "add to memories", // (LiveJournal's button)
            // a button to follow the writer, beside the byline; the font-size buttons ("AA", "+Text Size")
            "follow", "folgen", "suivre", "seguir", "segui", "volgen", "följ", "følg", "obserwuj",
            "aa", "aaa", "text size", "+text size", "font size", "republish this article", "restacks", "see full web article",
            "today's paper", "today’s paper", "share full article", "jump to comments section", "jump to comments",
            "view comments", "in this article", "copiar enlace", "ir a los comentarios", "offrir cet article",
            "lire plus tard", "read later", "print", "copy link", "seguir leyendo", "sigue leyendo", "continuar leyendo",
            "lire la suite", "weiterlesen", "continua a leggere", "verder lezen", "czytaj dalej", "läs vidare", "læs videre",
            "lyt til artiklen", "lyssna på artikeln", "lytt til artikkelen", "læs op", "artiklen fortsætter under annoncen",
            "artikkelen fortsetter under annonsen", "artikeln fortsätter under annonsen", "ouvir artigo", "add a comment",
            // a Korean portal's buttons around a story (the original's link, subscribe, recommend, comments, a summary bot, read
            // aloud, font size, send, print) and its note's label on the section; a Japanese page's photo icon
            "기사원문", "구독", "추천", "댓글", "본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "sns 보내기", "인쇄하기",
            "기사 섹션 분류 안내", "写真・図版", "list", "字号", "收藏", "我要举报", "分享到", "+1", // (and a Chinese page's font size,
            // save, report, share and like buttons)
            "how does this make you feel", "how does this make you feel?",
            "kopiera länk", "kopier lenke", "kopiér link", "kopier link", "link kopieren", "copier le lien", "copiar link",
            "copia link", "kopieer link", "kopiuj link", "link copiato", "enlace copiado", "lien copié", "link kopiert",
            "link gekopieerd", "link skopiowany", "link copiado", "länk kopierad", "like this", "like loading", "add to myft", "accessibility help", "section navigation",
            "navigation menu", "open side navigation menu", "open search bar", "close search bar", "continue reading", "read more", "show more", "load more",
            "back to top", "saksikan video di bawah ini", "simak video berikut", "sikiliza makala", "sikiliza habari hii", "next article", "previous article", "listen to this article", "print this page",
            "scroll to continue", "sponsored", "newsletter", "related articles", "related stories", "more on this story",
            "you may also like", "recommended", "latest news", "share", "comments", "watch", "video", "ad", "à voir en vidéo",
            // a broadcaster's buttons and latest-news stream over the headline
            "watch live", "listen live", "live tv", "just in", "sections", "donate", "donate now", "support our work", "about this story",
            "story continues below advertisement", "article continues below", "story continues below",
            "continue reading below", "article continues below advertisement", "accept", "accept all", "reject all",
            "escuche aquí", "escucha aquí", "descargue nuestra app", "descarga nuestra app", "cargando comentarios", "loading comments", "comments not loaded yet",
            "carregando comentários", "add new comment", "visitar sitio", "denuncia a la redacción", "¿encontraste un error?",
            "encontraste un error", "found an error?", "spotted an error?", "report an error", "read more stories", "support us", "report a comment", "support our journalism", "offrir l'article", "offrir cet article",
            "listen in english", "listen in arabic", "listen in french", "jaa artikkeli",
            "share options", "share story", "share this story", "article content", "share this article in your social network", "author of the article", "more by this author", "leave a comment", "leave a reply", "reply", "leave a reply cancel reply", "post navigation", "related posts", "back to homepage", "decrease font size", "increase font size", "font size", "back to all news", "back to news", "back to all posts", "back to all articles", "back to the blog", "back to blog", "return to the list of news",
            "your name", "your email", "your e-mail", "your comment", "post comment", "submit comment", // a comment form's fields
            "comunicar erro", "fehler im artikel melden", "fehler melden", "disclaimer", // a site's "report an error" button, a comment section's disclaimer label
            // the same furniture on French, German, Spanish, Italian, Dutch and Polish pages
            "zur startseite", "startseite", "menü", "merken", "abonnieren", "jetzt abonnieren", "anzeige", "werbung", "kommentare",
            "retour à l'accueil", "s'abonner", "abonnez-vous", "publicité", "suscríbete", "publicidad",
            "volver a la portada", "assine já", "assine", "assinar", "abbonati", "pubblicità", "abonneren", "advertentie", "reklama", "subskrybuj", "реклама",
            "все новости", "читать все новости", "всі новини", "читати всі новини", "отправить новость", "сообщить новость", // a news site's link to its list, its tip button
            "guardar", "esta funcionalidad es sólo para registrados", "esta funcionalidad es solo para registrados",
            "view gallery", "share or comment on this article", "zur übersicht", "zurück zur übersicht", "zurück",
            // the Trust Project's badge line ("Se adhiere a los criterios de The Trust Project")
            "the trust project", "se adhiere a los criterios de the trust project", "se adhiere a los criterios de",
            "learn more about the trust project",
            "supported by", "skip advertisement", "for immediate release", "for release", "immediate release", "key events", "show key events only", "show key events", "live updates",
            "paid", "free", "premium", "assinantes", "exclusivo assinantes", "abonnés", "réservé aux abonnés", "suscriptores", "bookmark", "gift this article", "gift article", "save article",
            "save for later", "full article", "share this live blog", "deel artikel", "deel dit artikel", "artikel delen", "partager cet article",
            "compartir artículo", "comparte esta noticia", "compartir esta noticia", "comparte esta nota", "condividi articolo", "udostępnij artykuł", "écouter", "écouter l'article", "anhören", "artikel anhören", "escuchar", "escuchar noticia", "ascolta",
            "luister", "posłuchaj", "ouvir", "ouvir o texto", "salvar artigos", "salvar artigo", "recurso exclusivo para assinantes",
            // a comment or share button under the headline: "Skomentuj", "Partilhar notícia", "Partager la page", "Réagir à l'article"
            "skomentuj", "komentarze", "comentar", "comenta", "commenta", "commenter", "kommentieren", "kommentera", "kommenter",
            "réagir", "réagir à l'article", "réagir à cet article", "commenter l'article", "commenter cet article",
            "partilhar notícia", "compartilhar notícia", "partager la page", "partager la nouvelle",
            // a text-size and save widget, a licence link, a standfirst's label, a research release's kind (EurekAlert!'s), a site's alert banner
            "published by", "published on", "edited by", "article body copy", "an article from", "email (required)", "reprints", "no comments", "no comments yet", "contact us", "more", "copied!", "copied", "link copied to clipboard", "your changes have been saved", "followed", "donate today", "republish", "save", "normal text size", "larger text size", "very large text size", "text settings", "display settings", "story text", "subscribers only", "about our ads", "register now", "view author profile", "editor's note", "editor’s note", "license this article", "license article", "著者フォロー", "举报", "舉報", "synopsis", "summary", "full story",
            "peer-reviewed publication", "meeting announcement", "business announcement", "grant and award", "reports and proceedings", "what you need to know", "key points", "quick take", "if your time is short", "in summary", "das wichtigste in kürze", "lo que debes saber", "ce qu'il faut savoir", // a summary's label
            "weather alert", "severe weather alert", "breaking news alert", "traffic alert", "news alert",
            // sign-in buttons in French, German, Spanish, Portuguese, Italian, Dutch and Polish
            "se connecter", "connexion", "mon compte", "anmelden", "einloggen", "iniciar sesión", "mi cuenta",
            "minha conta", "accedi", "inloggen", "zaloguj się", "giriş yap", "abone ol", "üye ol", "abonneer", "aanmelden", "lees later", "je m'abonne", "in pocket speichern", "druckansicht", "vorlesen", "folge mir", "ajouter à mes favoris",
            // a photo's caption toggle ("Bildbeschreibung einblenden")
            "bildbeschreibung einblenden", "bildbeschreibung ausblenden",
            // and their search, menu and subscription buttons
            "menü", "abo", "rechercher", "suchen", "buscar", "cerca", "zoeken", "szukaj", "pesquisar",
            // Swedish, Danish, Norwegian and Czech menus
            "meny", "sök", "søg", "søk", "logga in", "log ind", "logg inn", "prenumerera", "abonnér", "abonner", "annons", "annonce",
            "lyssna", "lyt", "lytt", "zavřít", "hledat", "přihlásit", "přihlásit se", "předplatné",
            // a page still loading, and listen widgets in full
            "loading", "loading…", "ascolta la versione audio dell'articolo", "only have a minute? listen instead", "ascolta l'articolo", "ascolta articolo", "écouter cet article",
            "escuchar esta noticia", "ouvir esta notícia", "distribuie", "escucha esta nota", "escuchar esta nota", "escucha esta noticia", "comentaris",
            // comment labels closing a page, and Hungarian furniture
            "comentários", "comentarios", "commentaires", "kommentarer", "kommentoi", "reacties", "reageer op dit artikel", "reageer",
            "megosztás", "hirdetés", "kapcsolódó cikkek", "kommentek",
            // print buttons and share counters alone on their lines
            "drucken", "artikel drucken", "feedback", "imprimer", "imprimir", "stampa", "drukuj", "facebook count", "twitter count", "whatsapp channel",
            "partilhe este artigo", "partilhe", "compartilhe", "compartilhe este artigo", "del artikel", "del artiklen", "dela artikeln", "del saken", "listen", "play", "hören",
            // a desk's name alone where a byline stands: no author, no outlet
            "redacción", "redazione", "rédaction", "la rédaction", "redaktion", "redactie", "redakcja", "redação", "redacția",
            "newsroom", "news desk", "staff",
            // the Trust Project's badge closing a page, with its link
            "the trust project", "saber más", "learn more", "en savoir plus", "mehr erfahren", "conforme a los criterios de",
            "selon les critères de", "according to the criteria of",
            // a social network's name alone on a line is one of a column of share buttons
            "tweet", "linkedin", "facebook", "twitter", "whatsapp", "telegram", "pinterest", "reddit", "e-post",
            "email", "e-mail", "instagram", "youtube", "tiktok"); // a share button alone on its line
    /** Words of a site's menu: "Home News Sport Opinion Events Contact" is a menu, run together. */
    static final Set<String> MENU_WORDS = Set.of("home", "news", "sport", "sports", "opinion", "events", "contact",
            "business", "world", "politics", "weather", "lifestyle", "culture", "entertainment", "video", "videos",
            "podcasts", "multimedia", "news releases", "analysis", "tools", "residents", "city government", "about us", "about", "subscribe", "search", "obituaries", "jobs", "classifieds", "travel", "health", "science",
            "tech", "technology", "money", "local", "community", "arts", "food", "property", "motoring", "puzzles",
            "latest", "deals", "guides", "gaming", "gear", "forums", "store", "courts", "global", "newsletters", "topics", "e-edition", "magazine", "environment", "education", "announcements", "photos", "letters", "elections", "donate", "newsletter",
            // a region's desk ("HOME  POLITICS  BUSINESS  SPORTS  PACIFIC")
            "national", "regional", "international", "pacific", "africa", "asia", "europe", "americas", "caribbean", "features",
            // a station's buttons ("News   Sports   Business   Entertainment   Watch Live")
            "watch", "live", "listen", "radio", "tv",
            // a news agency's desks ("Society | Economy | Politics | Incidents | Sport")
            "economy", "society", "life", "incidents", "regions", "podcast",
            // the same desks in Spanish ("Local  Nacional  Economía  Deportes  Opinión")
            "nacional", "internacional", "mundo", "economía", "política", "sociedad", "deportes", "opinión", "cultura", "salud",
            "economie", "binnenland", "buitenland", "regio", "cultuur", "puzzels", // (and Dutch: "Binnenland | Buitenland | Sport | Economie")
            "الرئيسية", "होम", "முகப்பு", "ראשי", "beranda"); // (a home link in Arabic, Hindi, Tamil, Hebrew, Indonesian)

    /** A reader's account links ("Sign In | Register"), as a bar of their own. */
    static final Set<String> ACCOUNT_WORDS = Set.of("sign in", "sign out", "register", "log in", "login", "log out",
            "my account", "create an account", "create account", "e-edition", "subscribe", "newsletters", "account", "menu", "search");

    /** "abc.net.au/news/perth-water-.../105012345": the page's own address alone on a line, from a copy-link box. */
    private static final Pattern PAGE_ADDRESS = Pattern.compile("(?:https?://)?(?:www\\.)?[a-z\\d-]+(?:\\.[a-z\\d-]+)*\\.[a-z]{2,}"
            + "(?:/[\\w%.~+-]+)+/?");

    private FurnitureWords() {
    }

    /** A row of buttons or links parted by bars, every one a navigation word: "CORRECTIONS AND CLARIFICATIONS|SUBMIT A NEWS TIP|". */
    static boolean isButtonRow(String lower) {
        if (lower.indexOf('|') < 0) {
            return false;
        }
        String[] parts = Arrays.stream(lower.split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new);
        return parts.length >= 2 && Arrays.stream(parts).allMatch(NAVIGATION::contains);
    }

    /** A web address with a path alone on the line (a link's text, never a sentence); a bare domain may be a signature. */
    static boolean isPageAddress(String lower) {
        return lower.length() <= 200 && PAGE_ADDRESS.matcher(lower).matches();
    }
}
