package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.List;
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
    private static final Pattern WIDGET = UnicodeRegex.compile("\\b\\d{1,2}\\s?px\\b|[↺↻⟲⟳🔍]|\\bA\\s+A\\s+A\\b|^\\s*[−–-]?\\s*A\\s*[+−-]|"
            // a text-size widget's label: "Font size: A- A+ | Print | Email"
            + "^\\W*(?:font|text) size\\s*:|^\\W*(?:schriftgröße|textgröße|taille du texte|tamaño (?:de )?(?:letra|texto|fuente)|"
            + "dimensione (?:del )?testo|lettergrootte|tekstgrootte|rozmiar (?:czcionki|tekstu))\\s*:?|"
            // a reading-settings panel's rows, a setting's name and its choices: "Size Small Standard Large", "Width * Standard Wide"
            + "^(?:size|width|links|theme|font)\\s+\\*?\\s*(?:(?:small|standard|medium|large|wide|narrow|default|light|dark|orange|blue|serif|sans)\\s*){2,4}$", F);
    /** Mail, share and app furniture: "View this email in your browser", "Unsubscribe", "Click to share on X", a comment login. */
    private static final Pattern MAIL_AND_BUTTONS = UnicodeRegex.compile("^\\W*(?:view (?:this email |it )?in (?:your |a )?browser|"
            + "forward this (?:email|newsletter)\\b|you (?:are )?received? this (?:email|newsletter)\\b|"
            + "you are receiving this\\b|unsubscribe\\b|manage (?:your )?(?:email )?preferences\\b|update your preferences\\b|"
            // share and app buttons ("Click to share on X (Opens in new window)"), a comment box's login prompt ("Para comentar ..."), detik's "Baca artikel detiknews, ... selengkapnya"
            + "click to (?:share|email|print)\\b|kindly share this (?:story|article)\\b|share this (?:story|article|post),? choose your platform\\b|(?:download|get) (?:the|our) (?:.{1,40}\\b)?app(?: for\\b.{1,60}| to (?:stay|keep|receive|get|read)\\b.{1,80})?$|baca (?:artikel|berita) \\S+,? .{1,200}\\bselengkapnya\\W*$|"
            // ("You must be logged in to post a comment" is ReaderPrompts.NEWSROOM's)
            + "(?:log in|sign in|login) to (?:post a )?comment|para comentar (?:es necesario|debes|tienes)|"
            + "pour commenter,? (?:vous devez|il faut|connectez)|(?:(?:melden sie sich an|loggen sie sich ein|registrieren sie sich),? )?um (?:zu )?kommentieren|um kommentare (?:zu )?(?:verfassen|schreiben)|per commentare (?:devi|è necessario)|"
            // a broadcaster's disclaimer under its links: "RTÉ is not responsible for the content of external internet sites."
            + "(?:the )?[\\p{L}.]{2,20} (?:is|are) not responsible for the content of external|(?:proudly )?powered by [\\p{L}\\d.&'’ ]{2,40}$)", F);
    /** "Share on Facebook", "Compartir en X", "Teilen auf WhatsApp", "Follow us on X": a share or follow button in any language. */
    private static final String SHARE_VERB = "(?:share(?: article| this(?: article| story)?)? (?:on|via)|compartir (?:en|por)|partager (?:sur|par)|"
            + "teilen (?:auf|per|via)|condividi (?:su|via)|delen (?:op|via)|deel (?:op|via)|udostępnij (?:na|przez)|distribuie pe|del på|dela på|podijeli na|podeli na|подели на|сподели на|shpërndaje në|chaya['’] pa|"
            // "Follow us on Facebook | Instagram": the site's own accounts
            + "follow us(?: on)?|síguenos en|suivez-nous sur|folgen sie uns auf|seguici su|volg ons op|siga-nos no)";
    // (or the buttons in a row: "Compartir en Whatsapp Compartir en Facebook Compartir en Twitter")
    private static final Pattern SHARE_ON = UnicodeRegex.compile("^" + SHARE_VERB + " .{1,20}$|^(?:" + SHARE_VERB + " [\\p{L}\\d+.]{1,20}\\s*){2,6}$");
    private static final Pattern PREFIXED = UnicodeRegex.compile("^\\W{0,3}(read more|read also|also read|read|see also|related|go deeper|"
            + "share|share this (?:story|article|page)|"
            // "Compartilhe: WhatsApp | Facebook | X": the share label in the other languages, before its buttons
            + "compartilhe|compartilhar|partilhe|partilhar|compartir|comparte|partager|partagez|teilen|condividi|delen|dela|udostępnij|"
            + "related articles?|related stories|related topics|in this story|related (?:organi[sz]ations|companies|sections)|more on this|see more on|explore more on|tags|topics|topic|tagged with|filed under|keywords|most read|sign up|subscribe to|"
            + "subscribe now|follow us|follow @|connect with us|url to article|article url|click here|watch|listen|video|photo|photos|image|picture|photograph|caption|"
            + "bild|foto|fotos|fotografia|fotografias|fotografía|imagen|immagine|zdjęcie|фото|фотография|снимка|crédit photo|crédito|credit|photo credits?|pictured|gallery|"
            + "image credits?|main image credit|main image|thumbnail photo|thumbnail image|picture credit|image source|bildquelle|bildnachweis|etiquetas|etichette|trefwoorden|"
            + "schlagworte|stichwörter|palavras-chave|archivado en|escrito en|archiviato in|abgelegt unter|classé dans|filed in|arquivado em|"
            + "advertisement|text ad|sponsored|recommended|more from|our standards|lire aussi|lesen sie auch|leer más|lee también|lea también|"
            + "ver también|mirá también|leé también|ilgili haberler|lees ook|czytaj też|czytaj także|czytaj więcej|zobacz też|zobacz także|leia também|leia mais|baca juga|"
            + "veja também|saiba mais|vedi anche|leggi anche|läs också|läs mer|læs også|læs mere|les også|les mer|lue lisää|lue myös|lihat juga|prečítajte si tiež|přečtěte si také|"
            + "basaha usab|basaha pud|basahin din|basahin|litrato|retrato)\\b\\s*[:|–—-]", F);
    /** A picture library's credit alone on its line: "Getty Images", "AFP via Getty Images", "Reuters/Alamy". */
    private static final String LIBRARY_CREDIT = "^(?:[\\p{L}.'’ -]{2,40}(?:/|\\bvia\\s+))?(?:getty images|shutterstock|alamy|pa media|pa wire|epa-efe)$";
    private static final Pattern LIBRARY_CREDIT_LINE = UnicodeRegex.compile(LIBRARY_CREDIT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT = UnicodeRegex.compile("(\\((?:photo|image|picture|credit|foto)[^)]{0,80}\\)|"
            // a caption closed by its credit: "... in Ankara, Dec. 2, 2025. (AA Photo)", "... (Karen Ducey / The Seattle Times)"
            + "\\([\\p{L}.&'’ -]{1,40}\\s(?:photo|foto|pic)s?\\)|"
            + "\\((?-i:\\p{Lu})[\\p{L}.'’-]+(?: (?-i:\\p{Lu})[\\p{L}.'’-]+){1,2}\\s*/\\s*[\\p{L}.&'’ -]{2,40}\\)|"
            + "\\b(?:photo|image|picture|photograph|photographer|foto|illustration)\\s*:\\s*[^.]{0,60}(?:/|\\bvia\\b)\\s*[\\p{L} .]{1,40}|"
            + "\\b(?:photo|image|picture|photograph|photographer|foto|illustration|credit)\\s*:\\s*(?-i:\\p{Lu})[\\p{L}.&'’ -]{1,40})\\s*$|"
            + "^\\W*(?:file |top |main )?(?:photo illustration|illustration|photo|photos|image|picture|video)\\s+(?:courtesy(?:\\s+of)?|credit|by|via)\\s+[^.]{1,80}$|"
            // a photo's credit alone on its line: "Getty Images", "Jennifer Buchanan/The Seattle Times/AP", "Publicitātes foto", "X / CC BY 2.0"
            + LIBRARY_CREDIT + "|^(?:[\\p{L}.&'’-]+ ){1,2}(?:photo|foto)s?$|^[^/]{2,60}/\\s*cc[ -]by(?:-[a-z]{2}){0,2}(?:\\s+\\d\\.\\d)?$|"
            + "^(?-i:\\p{Lu})[\\p{L}.'’-]+ [\\p{L}.'’ -]{2,40}(?:/[\\p{L}.'’ &-]{2,40})?/(?:ap|reuters|afp|epa|bloomberg|getty images|ap photo)$|"
            // a caption signed with its photographer and outlet: "... PHOTO BY MARIE TREMBLAY /Prairie Post"
            + "\\b(?:photo|photograph|picture|image)\\s+by\\s+[\\p{L}.'’ -]{2,40}\\s*/\\s*[\\p{L}.&'’ -]{2,40}$", F);
    /** A stamp without a year ("Vandaag, 14:05", "Publicerad idag 09:12", "• 3h •"): furniture, for a year is never guessed. */
    private static final Pattern DAY_STAMP = UnicodeRegex.compile("^\\W*(?:(?:updated|aangepast|bijgewerkt|aktualisiert|"
            + "mis à jour|modifié|actualizado|aggiornato|modified|published|gepubliceerd|veröffentlicht|publicerad|publicerat|uppdaterad|"
            + "uppdaterat|publiceret|opdateret|publisert|oppdatert)\\s+(?:on\\s+|am\\s+|le\\s+)?)?"
            + "(?:today|yesterday|vandaag|gisteren|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|dzisiaj|wczoraj|hoje|ontem|i ?dag|i ?går)"
            + "\\s*,?\\s*(?:at\\s+|om\\s+|um\\s+|à\\s+|a las\\s+|alle\\s+|o\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*uhr)?\\W*$|"
            + "^\\W*\\d{1,2}\\s?(?:h|hrs?|m|mins?|d)\\W*$|"
            + "^\\W*(?:last\\s+)?(?:updated|aggiornato|aktualisiert|actualizado|mis à jour|publié|bijgewerkt|zaktualizowano|opdateret|oppdatert|"
            + "uppdaterad|uppdaterat|atualizado)(?:\\s*:)?\\s+(?:at\\s+|alle\\s+|um\\s+|a las\\s+|à\\s+|om\\s+|o\\s+|kl\\.?\\s*)?\\d{1,2}\\s?[:.h]\\s?\\d{2}(?:\\s*(?:uhr|\\p{Lu}{2,4}))?\\W*$|"
            // a two-digit year and its time, labelled or not ("01-12-25, 14:05", "Laatste update: 01-12-25, 16:30"):
            // the year is not read (four digits are), the line is a stamp all the same
            + "^\\W*(?:(?:laatste |last )?(?:update|updated|bijgewerkt|aangepast|aktualisiert|gepubliceerd|published)\\s*:?\\s*)?"
            + "\\d{1,2}[-./]\\d{1,2}[-./]\\d{2},?\\s+\\d{1,2}[:.]\\d{2}\\W*$", F);
    /** "Home | News | World": a navigation bar (three or more short items from a home link), not a kicker (a trail is a crumb). */
    private static final Pattern NAV_BAR = UnicodeRegex.compile("^\\W*(?:home|startseite|accueil|inicio|portada|início|strona główna)"
            + "(?:(?:\\s*[|·•]\\s*|\\s+-\\s+)[\\p{L}&' -]{1,25}){2,}\\W*$", F);
    /**
     * "News | Politics | Agriculture | Sports | Obituaries": a menu of four or more short items between bars or bullets (a
     * script's vowel signs in them: the language switch "ދިވެހި"; Tibetan's syllable and closing marks: "བོད་ནང་།"). A
     * headline or a kicker has at most three such parts.
     */
    private static final Pattern MENU_BAR = UnicodeRegex.compile("^\\W*\\d{0,2}[\\p{L}\\p{M}&'‘’\\u0F0B\\u0F0D-]+\\+?(?: [\\p{L}\\p{M}&'‘’-]+){0,3}" // ("Error/typo?", "Transparency & Annual Report", "Church in the USA", "heise+ | c't")
            + "(?:\\s+[|·•]\\s+\\d{0,2}[\\p{L}\\p{M}&'‘’・\\u200C\\u200D-][\\p{L}\\p{M}\\p{N}&'‘’・\\u200C\\u200D״\"\\u0F0B\\u0F0D-]*\\+?(?:/[\\p{L}&]+)?\\??(?: [\\p{L}\\p{M}&'‘’・\\u200C\\u200D-]+(?:/[\\p{L}&]+)?|\\s\\d{1,3}){0,3}){3,}\\W*$", F); // ("科学・ＩＴ", Uzbek's "Ko‘chmas mulk", "ข่าวหน้า 1", "بین‌الملل", "Top 100", "F1", "5G", "Funding/M&A")
    /** "Advertisement 2": a numbered ad slot. */
    private static final Pattern NUMBERED_AD = UnicodeRegex.compile("^\\W*(?:advertisement|anzeige|werbung|publicité|publicidad|"
            + "pubblicità|advertentie|reklama|annons|annonce|ad)\\s*\\d{1,2}\\W*$", F);
    private static final int MAX_SHARE_RUN_CHARS = 100;
    private static final int MAX_MENU_RUN_CHARS = 120;
    // compiled once: String.matches/replaceAll/split compile their pattern on every call
    private static final Pattern HAS_WORD_CHAR = UnicodeRegex.compile(".*[\\p{L}\\p{N}].*");
    private static final Pattern TRAILING_MARKS = UnicodeRegex.compile("[.:!›»>\\s：﹕]+$");
    private static final Pattern LEADING_MARKS = UnicodeRegex.compile("^[∙•·|>›»←<‹«\\s]+");
    /** A row of hashtags and nothing else, a post's tag links ("#birds #town"). */
    private static final Pattern HASHTAGS = UnicodeRegex.compile("^#[\\p{L}\\p{N}_]+(?:\\s+#[\\p{L}\\p{N}_]+)+$");
    /** A comment form's required field ("Name *", "Email *"): a label and the asterisk that marks it. */
    private static final Pattern FORM_FIELD = UnicodeRegex.compile("^\\p{L}[\\p{L} '-]{0,30}\\s*\\*$");
    private static final Pattern SHARE_SEPARATORS = UnicodeRegex.compile("\\s*[|·•]\\s*|\\s{2,}");
    private static final Pattern FONT_BUTTONS = UnicodeRegex.compile("(?:[a+−-]{1,2}\\s*)+");

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
                || FurnitureWords.NAVIGATION.contains(LEADING_MARKS.matcher(TRAILING_MARKS.matcher(lower).replaceAll("")).replaceAll(""))
                || TimingsAndCounts.isCount(text) || FORM_FIELD.matcher(text).matches() || HASHTAGS.matcher(text).matches()
                || FurnitureWords.isButtonRow(lower) || FurnitureWords.isPageAddress(lower) || ShareButtons.isNetworkRow(lower)) {
            return true;
        }
        if (text.length() <= 300 && (widget(text, lower) || TimingsAndCounts.holdsTiming(text)
                || PageTops.isCookieBanner(text) || PageTops.isGovernmentBanner(text) || MAIL_AND_BUTTONS.matcher(text).find())) {
            return true;
        }
        // a tag list's label alone ("Archivado en:") is left for the tag list it opens; an outlet's statement may run longer
        return text.length() <= 300 && (PREFIXED.matcher(text).find() && !LinkBlocks.isTagLabel(text) || LinkBlocks.isTagLine(text) || LinkBlocks.isRunInRelated(text) || CREDIT.matcher(text).find()
                || ReaderPrompts.PAYWALL.matcher(text).find() || FollowPrompts.matches(text) || EditorsInitials.matches(text) || AsianPageLines.matches(text) || HebrewPageLines.matches(text) || StoryMetaLines.matches(text) || SitePointers.matches(text) || NewsletterPrompts.matches(text) || AccessWalls.matches(text) || ContactLines.isPressContact(text) || ReaderPrompts.NEWSROOM.matcher(text).find() || PictureCredits.matches(text) || isMenu(text) || isTagline(text)
                || NUMBERED_AD.matcher(text).find() || isWordRun(lower, ShareButtons.WORDS, MAX_SHARE_RUN_CHARS)
                || DAY_STAMP.matcher(text).find()) || OutletStatements.matches(text);
    }

    /** A page widget's line: font-size buttons ("+ ↺ − 16 px", "A A A") or a share and print bar ("Share | Tweet | Print"). */
    static boolean isWidgetLine(String line) {
        String text = line.strip();
        return text.length() <= 300 && widget(text, text.toLowerCase(Locale.ROOT));
    }

    private static boolean widget(String text, String lower) {
        return WIDGET.matcher(text).find() || isShareBar(lower);
    }

    /** True when the line is only a picture library's credit ("Getty Images"), which a caption may follow. */
    static boolean isLibraryCredit(String line) {
        return LIBRARY_CREDIT_LINE.matcher(line.strip()).matches();
    }

    /** True when the line is a site's menu: "Home | News | World", "News | Sport | What's On | Property". */
    public static boolean isMenu(String line) {
        String text = line.strip();
        return text.length() <= 300 && (NAV_BAR.matcher(text).find() || MENU_BAR.matcher(text).find()
                || isWordRun(text.toLowerCase(Locale.ROOT), FurnitureWords.MENU_WORDS, MAX_MENU_RUN_CHARS) || MenuRuns.matches(text));
    }

    /** True when the line is a site's tagline under or beside its name ({@link SiteTaglines}). */
    public static boolean isTagline(String line) {
        return SiteTaglines.matches(line);
    }

    /** True when the line is one share button's word ("X", "Mail", "Copy link"), furniture in a column of buttons. */
    public static boolean isShareWord(String line) {
        return ShareButtons.WORDS.contains(TRAILING_MARKS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static boolean isShareBar(String lower) {
        String[] tokens = SHARE_SEPARATORS.split(lower);
        if (tokens.length < 2 && !lower.startsWith("share") && !SHARE_ON.matcher(lower).matches()) {
            return false;
        }
        List<String> items = Arrays.stream(tokens).map(String::strip).filter(t -> !t.isEmpty()).toList();
        // (a view count among the buttons, not counts alone: "Visitas: 1.245 | Imprimir | Enviar a un amigo", an old CMS's row)
        return items.stream().anyMatch(t -> !TimingsAndCounts.isCount(t))
                && items.stream().allMatch(t -> ShareButtons.WORDS.contains(t) || TimingsAndCounts.isCount(t) || FurnitureWords.ACCOUNT_WORDS.contains(t) || SHARE_ON.matcher(t).matches()
                        || FONT_BUTTONS.matcher(t).matches() || ReaderPrompts.PAYWALL.matcher(t).matches() || FollowPrompts.matches(t)); // "Follow us on Facebook | Share"
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
