package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page furniture that scrapers leave in the text and that is never article content:
 * font-size widgets ({@code + ↺ − 16 px}), share/print bars ({@code Share | Tweet | Print | A A A}),
 * cookie banners, navigation words, "Read more:" / "Related:" / "Tags:" lines, photo captions and
 * credits, reading-time and relative-time stamps, comment counters. Breadcrumbs, bylines and
 * signatures have their own detectors because they carry facts worth keeping.
 */
public final class JunkLineDetector {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern WIDGET = Pattern.compile("\\b\\d{1,2}\\s?px\\b|[↺↻⟲⟳🔍]|\\bA\\s+A\\s+A\\b|^\\s*[−–-]?\\s*A\\s*[+−-]|"
            // a text-size widget's label: "Font size: A- A+ | Print | Email"
            + "^\\W*(?:font|text) size\\s*:|^\\W*(?:schriftgröße|textgröße|taille du texte|tamaño (?:de )?(?:letra|texto|fuente)|"
            + "dimensione (?:del )?testo|lettergrootte|tekstgrootte|rozmiar (?:czcionki|tekstu))\\s*:?", F);
    /** Share buttons that stand alone on a line in German, French, Spanish, Italian, Dutch and Polish pages. */
    private static final Set<String> SHARE_BUTTONS = Set.of("artikel teilen", "teilen", "partager", "partager l'article",
            "compartir", "condividi", "suggerisci", "delen", "udostępnij", "partilhar", "compartilhar", "dela", "del", "mejla", "jaa");
    private static final Set<String> SHARE_WORDS = union(SHARE_BUTTONS, "share", "share this", "share this article", "share on",
            "tweet", "tweeter", "print", "email", "e-mail", "mail", "facebook", "twitter", "x", "linkedin", "whatsapp",
            "telegram", "reddit", "pinterest", "instagram", "youtube", "tiktok", "threads", "bluesky", "copy link",
            "copy", "link", "save", "bookmark", "comment", "comments",
            "listen", "a a a", "aaa", "font size", "text size", "send", "messenger", "pocket", "flipboard", "gift article", "tumblr", "translate",
            "share article", "print article", "email article", "a+", "a-", "a", "+", "−", "-",
            "drucken", "imprimer", "imprimir", "stampa", "drukuj");
    /** "Share on Facebook", "Compartir en X", "Teilen auf WhatsApp", "Follow us on X": a share or follow button in any language. */
    private static final Pattern SHARE_ON = Pattern.compile("^(?:share(?: article| this)? (?:on|via)|compartir (?:en|por)|partager (?:sur|par)|"
            + "teilen (?:auf|per|via)|condividi (?:su|via)|delen (?:op|via)|udostępnij (?:na|przez)|"
            // "Follow us on Facebook | Instagram": the site's own accounts
            + "follow us(?: on)?|síguenos en|suivez-nous sur|folgen sie uns auf|seguici su|volg ons op|siga-nos no) .{1,20}$");
    private static final Set<String> NAVIGATION = union(SHARE_BUTTONS,"advertisement", "skip to content", "skip to main content",
            "menu", "search", "log in", "login", "sign in", "subscribe", "sign up", "close", "home", "top stories",
            "social sharing", "read next", "share this",
            "most read", "most popular", "most viewed", "trending", "link copied", "reuse this content",
            "ad feedback", "follow us", "discussion about this post", "restacks", "see full web article",
            "today's paper", "today’s paper", "share full article", "jump to comments section", "jump to comments",
            "view comments", "in this article", "copiar enlace", "ir a los comentarios", "offrir cet article",
            "lire plus tard", "add to myft", "accessibility help", "section navigation",
            "navigation menu", "open side navigation menu", "open search bar", "close search bar", "continue reading", "read more", "show more", "load more",
            "back to top", "next article", "previous article", "listen to this article", "print this page",
            "scroll to continue", "sponsored", "newsletter", "related articles", "related stories", "more on this story",
            "you may also like", "recommended", "latest news", "share", "comments", "watch", "video", "ad",
            "story continues below advertisement", "article continues below", "story continues below",
            "continue reading below", "article continues below advertisement", "accept", "accept all", "reject all",
            "share options", "share story", "share this story", "leave a comment", "leave a reply", "leave a reply cancel reply", "post navigation", "related posts", "back to homepage",
            // the same furniture on French, German, Spanish, Italian, Dutch and Polish pages
            "zur startseite", "startseite", "abonnieren", "jetzt abonnieren", "anzeige", "werbung", "kommentare",
            "retour à l'accueil", "s'abonner", "abonnez-vous", "publicité", "suscríbete", "publicidad",
            "volver a la portada", "abbonati", "pubblicità", "abonneren", "advertentie", "reklama", "subskrybuj",
            "view gallery", "share or comment on this article", "zur übersicht", "zurück zur übersicht", "zurück",
            "supported by", "skip advertisement", "for immediate release", "for release", "immediate release", "key events", "show key events only", "show key events", "live updates",
            "paid", "free", "premium", "bookmark", "gift this article", "gift article", "save article",
            "save for later", "deel artikel", "deel dit artikel", "artikel delen", "partager cet article",
            "compartir artículo", "condividi articolo", "udostępnij artykuł", "écouter", "écouter l'article", "anhören", "artikel anhören", "escuchar", "escuchar noticia", "ascolta",
            "luister", "posłuchaj", "ouvir",
            // Swedish, Danish and Norwegian menus
            "meny", "sök", "søg", "søk", "logga in", "log ind", "logg inn", "prenumerera", "abonnér", "abonner",
            "annons", "annonce", "lyssna", "lyt", "lytt",
            "partilhe este artigo", "partilhe", "compartilhe", "compartilhe este artigo", "del artikel", "del artiklen", "dela artikeln", "del saken", "listen", "play", "hören",
            // a desk's name alone where a byline stands: no author, no outlet
            "redacción", "redazione", "rédaction", "la rédaction", "redaktion", "redactie", "redakcja", "redação",
            "newsroom", "news desk", "staff",
            // a social network's name alone on a line is one of a column of share buttons
            "tweet", "linkedin", "facebook", "twitter", "whatsapp", "telegram", "pinterest", "reddit", "e-post",
            "email", "e-mail", "instagram", "youtube", "tiktok"); // a share button alone on its line
    private static final Pattern PREFIXED = Pattern.compile("^\\W{0,3}(read more|read also|also read|see also|related|"
            + "share|share this (?:story|article|page)|"
            // "Compartilhe: WhatsApp | Facebook | X": the share label in the other languages, before its buttons
            + "compartilhe|compartilhar|partilhe|partilhar|compartir|comparte|partager|partagez|teilen|condividi|delen|dela|udostępnij|"
            + "related articles?|related stories|related topics|more on this|see more on|explore more on|tags|topics|topic|tagged with|filed under|keywords|most read|sign up|subscribe to|"
            + "subscribe now|follow us|follow @|click here|watch|listen|video|photo|photos|image|picture|photograph|caption|"
            + "bild|foto|fotos|imagen|immagine|zdjęcie|crédit photo|crédito|credit|photo credit|pictured|gallery|"
            + "image credit|picture credit|image source|bildquelle|bildnachweis|etiquetas|etichette|trefwoorden|"
            + "schlagworte|stichwörter|palavras-chave|archivado en|archiviato in|abgelegt unter|classé dans|filed in|arquivado em|"
            + "advertisement|sponsored|recommended|more from|our standards|lire aussi|lesen sie auch|leer más|lee también|"
            + "ver también|lees ook|czytaj też|czytaj także|czytaj więcej|zobacz też|zobacz także|leia também|leia mais|"
            + "veja também|saiba mais|vedi anche|leggi anche|läs också|läs mer|læs også|læs mere|les også|les mer)\\b\\s*[:|–—-]", F);
    private static final Pattern CREDIT = Pattern.compile("(\\((?:photo|image|picture|credit|foto)[^)]{0,80}\\)|"
            + "\\b(?:photo|image|picture|photograph|photographer|foto)\\s*:\\s*[^.]{0,60}(?:/|\\bvia\\b)\\s*[\\p{L} .]{1,40}|"
            + "\\b(?:photo|image|picture|photograph|photographer|foto)\\s*:\\s*(?-i:\\p{Lu})[\\p{L}.&'’ -]{1,40})\\s*$|"
            + "^\\W*(?:photo|photos|image|picture|video)\\s+(?:courtesy(?:\\s+of)?|credit|by|via)\\s+[^.]{1,80}$|"
            // a photo's credit alone on its line: "Getty Images", "Jennifer Buchanan/The Seattle Times/AP"
            + "^(?:[\\p{L}.'’ -]{2,40}(?:/|\\bvia\\s+))?(?:getty images|shutterstock|alamy|pa media|pa wire|epa-efe)$|"
            + "^(?-i:\\p{Lu})[\\p{L}.'’-]+ [\\p{L}.'’ -]{2,40}(?:/[\\p{L}.'’ &-]{2,40})?/(?:ap|reuters|afp|epa|bloomberg|getty images|ap photo)$|"
            // a caption signed with its photographer and outlet: "... PHOTO BY MARIE TREMBLAY /Prairie Post"
            + "\\b(?:photo|photograph|picture|image)\\s+by\\s+[\\p{L}.'’ -]{2,40}\\s*/\\s*[\\p{L}.&'’ -]{2,40}$", F);
    /**
     * Lines that address the reader or credit the newsroom, not the story: "— With assistance from
     * Tom Mackenzie", "Click here to ...", "Have a news tip? Email us at ...", "Reporting from Baku",
     * "Listen to article (4 min)", "Reuters contributed to this report.", print-edition notices.
     */
    private static final Pattern NEWSROOM = Pattern.compile("^\\W*(?:(?:with assistance from|additional reporting (?:by|from)|"
            + "editing by|edited by|compiled by|click here|have a (?:news )?tip|got a (?:news )?tip|send us (?:a|your) (?:news )?tip|"
            + "email us at|a version of this (?:article|story) appears in print|save my name, email|"
            + "cet article vous a été utile|was this (?:article|story) (?:helpful|useful)|war dieser artikel hilfreich|"
            + "press play to listen|voiced by artificial intelligence|this (?:article|story) has been updated|"
            + "read more (?:with|at|on|from) \\S.{0,40}$|"
            + "questo articolo ti è stato utile|(?:¿\\s*)?te ha (?:resultado|sido) útil|vond je dit artikel nuttig|"
            + "your email address will not be published|you must be (?:logged|signed) in to|join the conversation\\b|"
            + "create an account (?:or )?(?:sign|log) ?in\\b|do you have a (?:story|news tip)|"
            + "got a story|contact the newsdesk|mit (?:informationen|material) von|with (?:information|reporting) from|"
            + "con información de|avec (?:l')?afp\\b|dieses thema im programm|contact the (?:authors?|reporters?|writers?) at|local democracy reporting service$|"
            // a stamp of a time alone ("Publié à 14:32", "Modifié à 16:05"): no date to read
            + "^(?:publié|modifié|mis à jour|publicado|actualizado|pubblicato|aggiornato|aktualisiert|veröffentlicht)"
            + "\\s+(?:à|a las|alle|um|às)?\\s*\\d{1,2}[:h.]\\d{2}$|"
            // "Receba notícias no WhatsApp", "Recibe las noticias en Telegram": a prompt to follow the site
            + "^\\W*(?:receba|recebe|recibe|reciba|get|receive)\\b.{0,40}\\b(?:whatsapp|telegram)\\W*$|"
            // New Zealand's local democracy credit; a prompt to join the site's messaging channel
            + "(?:\\p{L}{2,5} is )?local body journalism co-funded by\\b|^\\W*join (?:our|\\p{L}+['’]s) (?:whatsapp|telegram) channel\\b|"
            + "this (?:interview|conversation|q&a|transcript) (?:has been|was|is) (?:edited|condensed|lightly edited))\\b.{0,200}|"
            + "(?:reporting|reported) from\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}'’-]*(?:,?\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{M}'’-]*|de|da|do|del|di|la|le|von|van|am)){0,4}|"
            + "(?:(?:artikel|beitrag) zum hören|listen to (?:this )?(?:article|story)|écouter (?:cet |l')article|"
            + "escuchar (?:el )?artículo|ascolta l'articolo|luister naar dit artikel)\\b.{0,20}|"
            + "[\\p{L}.,&' -]{2,120}\\s+contributed (?:reporting )?to this (?:report|story|article)\\.?)$|"
            // a site's skip links, glued or not ("Skip to main contentSkip to navigation"); an archive notice;
            // a photo's licence link; a wire's update note; the feedback form
            + "^\\W*skip (?:to|links?)\\b.{0,80}$|^\\W*this (?:article|story) is more than \\w+ \\w+ old\\W*$|"
            + ".{0,200}\\bpurchase licensing rights\\b.{0,40}$|^\\(updates? (?:with|to)\\b.{0,160}\\)$|"
            + "^\\W*send us your feedback\\W*$|"
            // a wire's own footer: "Anadolu Agency website contains only a portion of the news stories offered ..."
            + "^.{0,60}\\bwebsite contains only a portion of the news\\b.{0,200}$|^\\W*embargoed (?:until|till)\\b.{0,60}$|^\\W*subscribe (?:for|from)\\b.{0,60}$|"
            // a video's length, a quote's ticker ("VIDEO 03:12", "CL=F")
            + "^(?:video|watch|listen|audio)\\s+\\d{1,2}:\\d{2}$|^(?-i:[A-Z0-9^.]{1,8}=[A-Z]{1,2})$|"
            // a site's note on syndicated copy: "(Only the headline ... is auto-generated from a syndicated feed.)"
            + "^\\W*(?:only the headline\\b.{0,200}|.{0,200}\\b(?:auto-generated|published) from a syndicated feed)\\W*$|"
            // a wire's sign-off of its editors' initials: Lusa's "JPF // MSF", PAP's "kno/ mmu/", AFP's "burs-dan/mtp"
            // (not an agency's own lower-case sign-off, "ats/vajo", which SignatureDetector credits)
            + "^(?-i:[A-Z]{2,4}(?:\\s*//\\s*[A-Z]{2,4})+)$|^(?-i:(?!(?:" + SignatureDetector.LOWER_CASE_AGENCY_WORDS + ")/)[a-z]{2,5}(?:-[a-z]{2,5})?\\s*/\\s*(?:[a-z]{2,5}\\s*/?\\s*){1,3})$|"
            // a gallery's counter ("1 of 12"), a correction's or an author box's label
            + "^\\d{1,3} of \\d{1,3}$|^(?:corrections? appended|clarification appended|about the author|about the writer)$", F);
    /**
     * A stamp without a year ("Vandaag, 14:05", "Aangepast vandaag, 15:20", "• 3h •"): page furniture;
     * it cannot be dated, since a year is never guessed.
     */
    private static final Pattern DAY_STAMP = Pattern.compile("^\\W*(?:(?:updated|aangepast|bijgewerkt|aktualisiert|"
            + "mis à jour|modifié|actualizado|aggiornato|modified|published|gepubliceerd|veröffentlicht)\\s+(?:on\\s+|am\\s+|le\\s+)?)?"
            + "(?:today|yesterday|vandaag|gisteren|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|dzisiaj|wczoraj|hoje|ontem)"
            + "\\s*,?\\s*(?:at\\s+|om\\s+|um\\s+|à\\s+|a las\\s+|alle\\s+|o\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*uhr)?\\W*$|"
            + "^\\W*\\d{1,2}\\s?(?:h|hrs?|m|mins?|d)\\W*$|"
            + "^\\W*(?:last\\s+)?(?:updated|aggiornato|aktualisiert|actualizado|mis à jour|bijgewerkt|zaktualizowano)\\s+"
            + "(?:at\\s+|alle\\s+|um\\s+|a las\\s+|à\\s+|om\\s+|o\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*uhr)?\\W*$", F);
    /**
     * "Home | News | World": a navigation bar (three or more short items from a home link), not a
     * kicker. A breadcrumb ("Home > Business > Energy") names the section and has its own detector.
     */
    private static final Pattern NAV_BAR = Pattern.compile("^\\W*(?:home|startseite|accueil|inicio|portada|início|strona główna)"
            + "(?:\\s*[|·•]\\s*[\\p{L}&' -]{1,25}){2,}\\W*$", F);
    /**
     * "News | Politics | Agriculture | Sports | Obituaries": a menu of four or more short items
     * between bars or bullets. A headline or a kicker has at most three such parts.
     */
    private static final Pattern MENU_BAR = Pattern.compile("^\\W*[\\p{L}&'’-]+(?: [\\p{L}&'’-]+){0,2}"
            + "(?:\\s+[|·•]\\s+[\\p{L}&'’-]+(?: [\\p{L}&'’-]+){0,2}){3,}\\W*$", F);
    /** "Advertisement 2": a numbered ad slot. */
    private static final Pattern NUMBERED_AD = Pattern.compile("^\\W*(?:advertisement|anzeige|werbung|publicité|publicidad|"
            + "pubblicità|advertentie|reklama|annons|annonce|ad)\\s*\\d{1,2}\\W*$", F);
    /** Words of a site's menu: "Home News Sport Opinion Events Contact" is a menu, run together. */
    private static final Set<String> MENU_WORDS = Set.of("home", "news", "sport", "sports", "opinion", "events", "contact",
            "business", "world", "politics", "weather", "lifestyle", "culture", "entertainment", "video", "videos",
            "podcasts", "about", "subscribe", "search", "obituaries", "jobs", "classifieds", "travel", "health", "science",
            "tech", "technology", "money", "local", "community", "arts", "food", "property", "motoring", "puzzles",
            "newsletters", "e-edition", "magazine", "environment", "education", "announcements", "photos", "letters");

    /** A reader's account links ("Sign In | Register"), as a bar of their own. */
    private static final int MAX_SHARE_RUN_CHARS = 100;
    private static final int MAX_MENU_RUN_CHARS = 120;
    private static final Set<String> ACCOUNT_WORDS = Set.of("sign in", "sign out", "register", "log in", "login", "log out",
            "my account", "create an account", "create account", "e-edition", "subscribe", "newsletters", "account");
    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b.*\\b(accept|consent|use|policy|settings|agree|preferences)\\b|"
            + "\\b(accept|consent|use|agree)\\b.*\\bcookies?\\b", F);
    private static final Pattern TIMING = Pattern.compile("^\\W*(?:(?:updated|published|posted|last updated)\\s*:?\\s*)?"
            + "(?:\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?)\\s+ago|just now|yesterday|today)\\W*$|"
            + "^\\W*(?:reading time\\s*:?\\s*)?\\d+\\s*(?:-|\\s)?(?:min|mins|minutes?)(?:\\s+read)?\\W*$|"
            + "^\\W*\\d+\\s+(?:comments?|likes?|restacks?|shares?)\\W*$|"
            + "^\\W*(?:comments?|kommentare|commentaires|comentarios|commenti|reacties|komentarze)\\s*\\(\\d+\\)\\W*$|"
            + "^\\W*(?:reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura|lectura|"
            + "tempo de leitura|leitura|tempo di lettura|lettura|"
            + "leestijd|czas czytania)\\s*:?\\s*(?:ca\\.?\\s*)?\\d+\\s*(?:min\\w*|minuten|minutes?|minutos|minuti|minut\\w*)\\W*$|"
            + "^\\W*\\d+\\s*(?:-|\\s)?(?:min\\w*|minuten|minutos|minuti)\\s+(?:de\\s+)?(?:lecture|lesezeit|lectura|"
            + "di lettura|leestijd|read|reading)\\W*$", F);
    /**
     * Subscription prompts, paywall labels and follow buttons ("Sign up for our daily newsletter",
     * "Article réservé aux abonnés", "Follow @jdoe"): the page selling itself, never the story.
     */
    private static final Pattern PAYWALL = Pattern.compile("^\\W*(?:(?:sign up|subscribe|register)\\b.{0,60}\\bnewsletters?|"
            + "(?:get|receive) (?:our|the) .{0,40}newsletter|subscribe (?:now )?to (?:continue|keep) reading|"
            + "(?:cet article est |ce contenu est )?(?:article |contenu )?réservé aux abonnés|(?:this (?:article|story|content) is )?(?:for|exclusive to|only for) subscribers(?: only)?|"
            + "subscribers? only|nur für abonnenten|(?:artículo )?(?:solo|exclusivo) para suscriptores|"
            + "(?:articolo )?riservato agli abbonati|alleen voor abonnees|thanks for reading\\b.{0,160}|"
            + "(?:abonnez-vous|suscríbete|abbonati|jetzt abonnieren|subscribe (?:now|today)|assine já|abonneer nu)\\b.{0,60}|"
            + "(?:follow|síguenos|suivez-nous|folgen sie uns|seguici|volg ons|obserwuj nas|siga-nos)\\b.{0,40}"
            + "(?:@\\w+|\\b(?:on|en|sur|auf|su|op|na|no) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|"
            + "whatsapp|telegram|google news))(?:\\s+(?:on|and|y|et|und|e|en)\\s+[\\w@ ]{1,40})?|"
            + ".{0,160}\\bgoogle (?:news|actualités|nachrichten|noticias|notizie|nieuws|wiadomości|notícias)|"
            + "(?:puedes|podéis|pode|vous pouvez|sie können|you can|potete|puoi) (?:seguir|suivre|folgen|follow|seguire)\\b.{1,80}\\b"
            + "(?:facebook|twitter|instagram|whatsapp|telegram|linkedin|newsletter)\\b.{0,160}|"
            + "(?:tel|phone|telefon|téléphone|teléfono|e-mail|email|fax)\\.?\\s*:\\s*[+\\d(@\\w][^ ]*(?:\\s[\\d()-]+)*)\\W*$", F);

    // compiled once: String.matches/replaceAll/split compile their pattern on every call
    private static final Pattern HAS_WORD_CHAR = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.:!›»>\\s]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[∙•·|>›»\\s]+");
    /** A bare count on its own line ("42": likes, shares, comments next to their icons). */
    private static final Pattern COUNTER = Pattern.compile("^\\+?\\d{1,6}$|^(?i:share|comments?|likes?)\\d{1,6}$|^\\d{1,2}:\\d{2}$");
    /** A comment form's required field ("Name *", "Email *"): a label and the asterisk that marks it. */
    private static final Pattern FORM_FIELD = Pattern.compile("^\\p{L}[\\p{L} '-]{0,30}\\s*\\*$");
    private static final Pattern SHARE_SEPARATORS = Pattern.compile("\\s*[|·•]\\s*|\\s{2,}");
    private static final Pattern FONT_BUTTONS = Pattern.compile("(?:[a+−-]{1,2}\\s*)+");

    private JunkLineDetector() {
    }

    /** True when the line is page furniture, not article text. */
    public static boolean isJunk(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        if (!HAS_WORD_CHAR.matcher(text).matches()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.equals("X") // X's share button alone on its line: no mark around it, unlike a paragraph "X."
                || NAVIGATION.contains(LEADING_MARKS.matcher(TRAILING_MARKS.matcher(lower).replaceAll("")).replaceAll(""))
                || COUNTER.matcher(text).matches() || FORM_FIELD.matcher(text).matches()) {
            return true;
        }
        if (text.length() <= 300 && (WIDGET.matcher(text).find() || isShareBar(lower) || TIMING.matcher(text).find()
                || COOKIE.matcher(text).find())) {
            return true;
        }
        return text.length() <= 300 && (PREFIXED.matcher(text).find() || CREDIT.matcher(text).find()
                || PAYWALL.matcher(text).find() || NEWSROOM.matcher(text).find() || isMenu(text)
                || NUMBERED_AD.matcher(text).find() || isWordRun(lower, SHARE_WORDS, MAX_SHARE_RUN_CHARS)
                || DAY_STAMP.matcher(text).find());
    }

    /** True when the line is a site's menu: "Home | News | World", "News | Sport | What's On | Property". */
    public static boolean isMenu(String line) {
        String text = line.strip();
        return text.length() <= 300 && (NAV_BAR.matcher(text).find() || MENU_BAR.matcher(text).find()
                || isWordRun(text.toLowerCase(Locale.ROOT), MENU_WORDS, MAX_MENU_RUN_CHARS));
    }

    /**
     * True when the line is one share button's word ("X", "Mail", "Copy link"): furniture in a column
     * of share buttons, though a lone "X" elsewhere may be text.
     */
    public static boolean isShareWord(String line) {
        return SHARE_WORDS.contains(TRAILING_MARKS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static Set<String> union(Set<String> shared, String... more) {
        Set<String> all = new HashSet<>(shared);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }

    private static boolean isShareBar(String lower) {
        String[] tokens = SHARE_SEPARATORS.split(lower);
        if (tokens.length < 2 && !lower.startsWith("share") && !SHARE_ON.matcher(lower).matches()) {
            return false;
        }
        return Arrays.stream(tokens).map(String::strip).filter(t -> !t.isEmpty())
                .allMatch(t -> SHARE_WORDS.contains(t) || ACCOUNT_WORDS.contains(t) || SHARE_ON.matcher(t).matches()
                        || FONT_BUTTONS.matcher(t).matches() || PAYWALL.matcher(t).matches()); // "Follow us on Facebook | Share"
    }

    /**
     * Four or more words of one vocabulary run together with single spaces: share buttons ("Copy Link
     * Email X Reddit Pinterest"), a menu ("Home News Sport Opinion Events Contact").
     */
    private static boolean isWordRun(String lower, Set<String> vocabulary, int maxChars) {
        String[] words = lower.split(" ");
        if (words.length < 4 || lower.length() > maxChars) {
            return false;
        }
        return Arrays.stream(words).allMatch(vocabulary::contains);
    }
}
