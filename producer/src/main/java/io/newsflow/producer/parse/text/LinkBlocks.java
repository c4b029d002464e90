package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks of links a page sets inside or after the story: a "related" label followed by the
 * headlines of other articles ({@code Mehr zum Thema} / {@code Stahlkrise: Was jetzt ...}), and a
 * closing list of topic tags ({@code Topics} / {@code Oil} / {@code Energy industry}). Both are
 * furniture; left in, the other articles' headlines become headings of this one and the last tag
 * would be read as the outlet's signature.
 */
public final class LinkBlocks {
    /** At most this many headlines follow a related label. */
    static final int MAX_LINKED_HEADLINES = 5;
    private static final int MAX_TAG_WORDS = 5;
    private static final Set<String> TAG_LABELS = Set.of("topics", "topics in this article", "verwendete quellen", "tags", "tagged", "tags / keywords", "tags/keywords", "související témata", "lees meer over", "temas recomendados", "related topics", "related topic", "related sections", "related organisations", "related organizations", "related companies", "mentioned in this article", "more about", "read more about", "links",
            "suggested topics", "read related topics", "tag", "follow topics", "click the alert icon to follow topics", "read more news on", "more news on", "mehr lesen über", "mehr zu diesem thema", "mehr zum thema", "explore more on these topics", "archivado en", "archivé dans",
            "keywords", "themen", "schlagworte", "schlagwörter", "sujets", "thèmes", "mots-clés",
            "temas", "temas en este artículo", "temas en esta nota", "gaiak", "etiquetas", "argomenti", "argomenti trattati", "simak berita lainnya seputar topik artikel ini, di sini", "onderwerpen", "meer over", "tematy", "tagi", "tópicos", "ämnen", "ämnen i artikeln", "taggar", "emner", "emner i artiklen", "emneord", "temas relacionados", "теги", "тэги", "теги статьи", "תגיות", "برچسب‌ها", "برچسب ها", "相關字詞", "相关字词", "標籤", "标签",
            "témata", "štítky", "konular", "etiketler", "aiheet", "avainsanat", "etichete", "tags relacionados", "etiquetes",
            "más sobre", "mais sobre", "leia mais sobre", "lea más sobre", // La Tercera's "Más sobre:" over its topics, "Read more about: ..."
            "verwandte themen", "sujets associés", "argomenti correlati", "gerelateerde onderwerpen", "powiązane tematy",
            // a press release's contact block: the label, then names, numbers and addresses
            "pressekontakt", "press contact", "media contact", "media contacts", "media enquiries", "media inquiries", "press enquiries", "press inquiries", "for media enquiries", "for media inquiries", "contact presse", "contacto de prensa",
            "contatto stampa", "perscontact", "kontakt dla mediów", "contact", "kontakt", "contacts",
            "問い合わせ先", "お問い合わせ", "お問い合わせ先", "お問合せ先", "联系人", "聯絡人", // (Japanese, Chinese)
            "ተዛማጅ ርዕሶች", "ተዛማጅ ጉዳዮች"); // (Amharic's "related topics")
    /**
     * A blog's category label alone over its categories, one a line ("Filed Under:" / "NBA" / "Knicks"): a tag list's
     * label; on one line with them, the first is the section's ({@link BreadcrumbDetector#category}).
     */
    private static final Set<String> CATEGORY_LABELS = Set.of("filed under", "posted in", "categories");
    /** "More from TechLedger": a related label that names the outlet. */
    private static final Pattern MORE_FROM = Pattern.compile("(?iu)^\\W{0,3}(?:more|read more|watch more|more stories|more news|more articles|most read)\\s+from\\s+(?-i:the\\s+)?"
            + "(\\p{Lu}[\\p{L}\\p{M}\\d.&'’ -]{1,40}?)[\\s:.›»>|]*$");
    /** "Trending in Agriculture", "More in Business", "Latest from New Zealand", "Mehr zur Deutschen Bahn", "More on CSX": a related label for one section or topic. */
    private static final Pattern IN_SECTION = Pattern.compile("(?iu)^\\W{0,3}(?:trending|more|latest|popular|most read|most viewed|most popular|"
            + "more stories|top stories)\\s+in\\s+\\p{Lu}[\\p{L}&'’ -]{1,30}?[\\s:.›»>|]*$|^\\W{0,3}(?:latest|trending|popular) from\\s+\\p{Lu}[\\p{L}&'’ -]{1,30}?[\\s:.›»>|]*$|^\\W{0,3}mehr zu[mr]?\\s+(?:der\\s+|dem\\s+|den\\s+)?"
            + "(?-i:\\p{Lu})[\\p{L}&'’ -]{1,40}?[\\s:.›»>|]*$|"
            // "Most Read Local Stories", "Trending Business News": such a label with a qualifier
            + "^\\W{0,3}(?:most read|most popular|most viewed|trending|top)\\s+(?:\\p{L}+\\s+){0,2}(?:stories|articles|news|headlines)[\\s:.›»>|]*$"
            + "|^\\W{0,3}more on\\s+(?-i:\\p{Lu})[\\p{L}\\d&'’.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\d&'’.-]*){0,3}[\\s:›»>|]*$"); // ("More on CSX")
    private static final Pattern COLON = Pattern.compile("[:：﹕]");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.…›»>|：﹕]+$"); // (and Chinese's full-width and small colons)
    /** An e-mail address or a telephone number: a contact block's line, however many words it has. */
    private static final Pattern CONTACT_DETAILS = Pattern.compile(ContactLines.MAIL_ADDRESS + "|\\+?\\d(?:[ ()-]?\\d){7,}");
    /** Checked before the pattern: a contact line is short, and the pattern is never run on a long one. */
    private static final int MAX_CONTACT_WORDS = 12;
    private static final int MAX_CONTACT_CHARS = 160;
    private static final int MAX_LABEL_CHARS = 80;
    private static final Pattern SHOUTED_LABEL = UnicodeRegex.compile("^((?:[\\p{Lu}'’]+ ){1,4})(?=\\p{Lu}\\p{Ll})");
    private static final int MAX_QUESTION_HEADLINE_WORDS = 12;
    /** A sentence's end: a full stop, "!", "?" or ")", or a quote closed after one ("... he said."); a headline may end in
     *  a quote with no stop inside it ("Bahn-Chefin Palla: „Wir brauchen mehr Züge""). */
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile(".*(?:[.!?)]|[.!?][\"”»]+)$");

    private LinkBlocks() {
    }

    /** True when the line is only a "related" label ("Read more", "Mehr zum Thema", "Más información"). */
    public static boolean isRelatedLabel(String line) {
        return RelatedLabels.isLabel(label(line)) || MORE_FROM.matcher(line.strip()).matches()
                || IN_SECTION.matcher(line.strip()).matches();
    }

    /** The outlet a "More from TechLedger" label names, when the line is one. */
    public static Optional<String> moreFrom(String line) {
        Matcher m = MORE_FROM.matcher(line.strip());
        return m.matches() && Outlets.looksLikeOutlet(m.group(1)) ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /**
     * "Читайте також: Львів запускає нову трамвайну лінію", "Lee también: Gobierno anuncia ...": a related label
     * and the other story's headline on one line, in any language the labels are listed in.
     */
    public static boolean isRunInRelated(String line) {
        int colon = line.indexOf(':');
        Matcher shouted = SHOUTED_LABEL.matcher(line.strip()); // "LIRE AUSSI Budget : ce que ...": the label told by its capitals
        return colon > 0 && colon <= MAX_LABEL_CHARS && RelatedLabels.isLabel(label(line.substring(0, colon)))
                && isLinkedHeadline(line.substring(colon + 1))
                || shouted.find() && RelatedLabels.isLabel(label(shouted.group(1))) && isLinkedHeadline(line.strip().substring(shouted.end()));
    }

    /** True when the line can be a linked headline: short, and not ending like a sentence. */
    public static boolean isLinkedHeadline(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= HeadingDetector.MAX_CHARS + 30
                && (!ENDS_LIKE_SENTENCE.matcher(text).matches() || isQuestionHeadline(text) || Headlines.ABBREVIATED_END.matcher(text).matches())
                && SignatureDetector.notice(text).isEmpty() // not "Bron: NOS"; a headline may end in an abbreviation ("2,8 proc.")
                && SignatureDetector.agencyCredit(text).isEmpty(); // nor the agency's name signing the story ("Lusa")
    }

    /** "Wie lange dauert eine Einbürgerung?": a linked headline may ask; a short question is no sentence of the story. */
    private static boolean isQuestionHeadline(String text) {
        return text.endsWith("?") && text.split("\\s+").length <= MAX_QUESTION_HEADLINE_WORDS;
    }

    /** True when the line is only a tag list's label ("Topics", "Explore more on these topics", "Schlagworte"). */
    public static boolean isTagLabel(String line) {
        return TAG_LABELS.contains(label(line)) || CATEGORY_LABELS.contains(label(line));
    }

    /** "In This Article:" over a finance page's tickers ("TSLA" / "+1.20%"), which {@link #tagsUnder} reads as tags. */
    static boolean isTickerLabel(String line) {
        return label(line).equals("in this article");
    }

    /** "Témata: Praha, Vltava, doprava", "Themen: Bahn, Streik": a tag list's label and its tags on one line. */
    public static boolean isTagLine(String line) {
        Matcher colonMark = COLON.matcher(line);
        int colon = colonMark.find() ? colonMark.start() : -1;
        String tags = colon <= 0 ? "" : line.substring(colon + 1);
        if (tags.isBlank() || colon > MAX_LABEL_CHARS || !TAG_LABELS.contains(label(line.substring(0, colon)))) {
            return false;
        }
        for (String tag : tags.split("[,;|]")) {
            String text = tag.strip();
            if (!isTag(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last line of the tags that follow line i in its block, one a line, each short and no sentence (or i); a label
     * ("Related articles") ends them.
     */
    static int tagsUnder(PageLines lines, int i) {
        int last = i;
        while (last + 1 < lines.size() && lines.sameBlock(last, last + 1) && isTag(lines.get(last + 1).strip())
                && !isRelatedLabel(lines.get(last + 1)) && !isTagLabel(lines.get(last + 1)) && !lines.isJunk(last + 1)) {
            last++;
        }
        return last;
    }

    /**
     * Where a closing tag list starts in {@code lines} (its label, then only short tag lines to the
     * end), or -1 when the lines do not end with one.
     */
    public static int tagListStart(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (isTagLabel(line) || isTagLine(line)) {
                return i; // (the label, or the label and the first tag on one line: "Topics: Riyadh Metro" / "Saudi Arabia")
            }
            String text = line.strip();
            if (text.length() <= MAX_CONTACT_CHARS && text.split("\\s+").length <= MAX_CONTACT_WORDS
                    && CONTACT_DETAILS.matcher(text).find()) {
                continue; // "+47 555 00 000 | kari.solheim@uib.no" under a press release's contact label
            }
            if (!isTag(text) && !Arrays.stream(text.split("\\s*,\\s*")).allMatch(LinkBlocks::isTag)) {
                return -1; // (the tags on one line, parted by commas: "Penang , LRT , Mutiara Line , Tender")
            }
        }
        return -1;
    }

    /** Leaves out the closing tag list {@link #tagListStart} finds, when some text stands before it. */
    static void dropTagList(List<String> content) {
        int start = tagListStart(content);
        content.subList(start > 0 ? start : content.size(), content.size()).clear();
    }

    /** A tag: a few words, no sentence ("Oil", "Energy industry"). */
    private static boolean isTag(String text) {
        return text.split("\\s+").length <= MAX_TAG_WORDS && !ENDS_LIKE_SENTENCE.matcher(text).matches();
    }

    /** The line in lower case without its trailing marks ("Read more »" is "read more"), or "" when too long for a label. */
    static String label(String line) {
        String text = line.strip();
        if (text.length() > MAX_LABEL_CHARS) {
            return ""; // no label is this long; and the trailing-marks pattern is quadratic on long runs of marks
        }
        // (Turkish's dotted capital "İ" lower-cases to "i" and a combining dot: "İlgili Haberler" is "ilgili haberler")
        return TRAILING_MARKS.matcher(text.toLowerCase(Locale.ROOT).replace("\u0307", "")).replaceAll("");
    }
}
