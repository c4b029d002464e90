package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The readers' comments and reactions a scraper takes in after the story: a prompt to log in or join the
 * conversation, a commenter's handle over a relative time ("Sailor_Mac · 2 hours ago"), then the comments
 * themselves; or a question whether the story helped, then its buttons ("Cet article vous a-t-il été utile ?",
 * "Oui", "Non"). Everything from there to the end is the thread, not the story.
 */
final class CommentThreads {

    /** How far from the end a thread may start: the comments shown under a story. */
    private static final int WINDOW = 40;
    private static final int MAX_CHARS = 80;
    /**
     * A feedback widget's question, the Spanish last ("Cet article vous a-t-il été utile ?", "¿Te ha resultado útil"); a
     * junk line anywhere ({@link ReaderPrompts#NEWSROOM}), the thread's start at the end.
     */
    static final String FEEDBACK_QUESTIONS = "cet article vous a(?:-t-il)? été utile|was this (?:article|story|resource|page) (?:helpful|useful|valuable)|"
            + "war dieser artikel hilfreich|questo articolo ti è stato utile|vond je dit artikel nuttig|(?:¿\\s*)?te ha (?:resultado|sido) útil";
    /** A comments button with its count: "12 comments"; in other languages "Komentari (12)", "Komentarai 48", "Kommentare (3)". */
    private static final String COUNT = "\\d+\\s+(?:comments?|replies|comentários|comentarios|commentaires|commenti|kommentare|reacties|komente|komentara|коментари)|"
            // heise's "Kommentare lesen (87 Beiträge)", the button's verb and the posts counted
            + "(?:kommentare lesen|read comments|lire les commentaires)\\s*\\(?\\d+\\s+(?:beiträge|kommentare|comments|commentaires)\\)?|"
            + "(?:comments?|komentari|komentarji|komentarai|komentāri|σχόλια|komentáře|komentarze|kommentare|kommentarer|athugasemdir|коментари|"
            + "commentaires|comentarios|comentários|commenti|reacties|hozzászólások|kommentit|kommentaarid|sylwadau|diskusia|diskuse|diskuze|maoni|ibitekerezo|komente|komentara|комментарий-влак|வாசகர் கருத்து|ކޮމެންޓް|ކޮމެންޓު)\\s*(?:[-–:]\\s*)?\\(?\\d+\\)?";
    private static final Pattern PROMPT = UnicodeRegex.compile("(?iu)^\\W*(?:(?:log ?in|sign ?in|register|subscribe) to "
            + "(?:post (?:a |your )?comments?|comment|reply|join the (?:conversation|discussion))|join the (?:conversation|discussion|debate)|leave a comment|submit a comment|comments|"
            + "have your say|user comments|add (?:a |your )comment|notify of|readers['’] comments(?:\\s*[(\\[]\\d+[)\\]])?|(?:please note,? )?only .{1,40} can (?:comment|post comments)\\b.{0,40}|(?:please note,? )?only .{1,40} (?:are|is) (?:permitted|allowed|able) to (?:add |post |leave )?comments?\\b.{0,60}|" // ("Readers' comments (3)", wpDiscuz's "Notify of")
            // a paywalled thread's notice: "Please note you must be a Maverick Insider to comment."
            + "(?:please note,? )?you (?:must|need to) be (?:a |an )?.{1,40}? to (?:comment|reply)|"
            + "प्रतिक्रिया दिनुहोस्|प्रतिक्रिया लेख्नुहोस्|" // (Nepali's "give your reaction", "write ...")
            + "be the first to (?:comment|reply)|no comments yet|no comments on this (?:item|article|story|post)\\b.{0,80}|komentāri|komentarai|kommentaarid|sin comentarios(?: aún| todavía)?|para comentar (?:debe|tienes que|necesitas) (?:estar registrado|iniciar sesión)|voir les \\d+ commentaires|(?:see|view|read) (?:all )?\\d+ comments|add a comment|add comment|post a comment|show comments|view comments|read comments|comments are closed|"
            // a comment policy under the thread: "Comments will be edited (grammar, spelling and slang) and authorized at ..."
            + "comments (?:will be|are) (?:edited|moderated|reviewed|checked)\\b.{0,160}|"
            // the same sign-in prompt in German, French, Spanish, Italian: "Jetzt anmelden und mitdiskutieren"
            + "(?:laisser|laissez|poster|postez) un commentaire|vous devez être connecté pour (?:publier|poster|laisser) un commentaire|"
            + "deja(?:r)? un comentario|dej[aá] tu comentario|deixe (?:um|o seu|seu) comentário|lascia un commento|"
            + "അഭിപ്രായങ്ങൾ|టిప్పణులు|कमेंट्स|टिप्पणियां|মন্তব্য|" // (the thread's label in Malayalam, Telugu, Hindi and Bengali)
            // Turkish and Greek: "Yorum Yap", "Bu habere henüz yorum yapılmamış.", "İlk yorumu siz yapın", "Σχολιάστε"
            + "yorum yap(?:ın)?|yorum yaz(?:ın)?|bu habere henüz yorum yapılmamış.{0,60}|ilk yorumu (?:sen|siz) yap(?:ın)?|σχολιάστε|γράψτε (?:το |ένα )?σχόλιο|"
            + "(?:jetzt )?anmelden und mitdiskutieren|connectez-vous pour (?:commenter|réagir)|inicia sesión para comentar|(?:accedé|accede|ingresá|ingresa|registrate|regístrate) (?:a|para) comentar|accedi per commentare|"
            // a feedback widget: "Cet article vous a-t-il été utile ?", "Was this article helpful?", "War dieser Artikel hilfreich?"
            + FEEDBACK_QUESTIONS + "(?: (?:este|el) artículo)?|"
            + COUNT + ")\\W*$");
    private static final Pattern COUNT_BUTTON = UnicodeRegex.compile("(?iu)^\\W*(?:" + COUNT + ")\\W*$"); // (\W Unicode's: "... доби 12 коментари" is a sentence)
    /** A commenter's handle and when they wrote: "Sailor_Mac · 2 hours ago", "IslandLass | 1h". */
    private static final Pattern HANDLE = Pattern.compile("(?iu)^[\\p{L}\\d_.-]{3,30}\\s*[·•|]\\s*(?:\\d+\\s*"
            + "(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w)(?:\\s+ago)?|just now|yesterday)\\s*$");

    /** A feedback widget's buttons closing the text, its question dropped as a prompt: "Yes" / "No", "Oui" / "Non". */
    private static final Pattern YES = Pattern.compile("(?iu)^(?:yes|oui|ja|sí|si|sim|tak)$");
    private static final Pattern NO = Pattern.compile("(?iu)^(?:no|non|nein|não|nie|nee|nej|nei)$");

    private CommentThreads() {
    }

    /**
     * "Komentarji (37)" under the byline: the comments button with its count, which stands between the headline and
     * the text too, where it opens no thread (the text follows it).
     */
    static boolean isCountButton(String line) {
        return line.length() <= MAX_CHARS && COUNT_BUTTON.matcher(line.strip()).matches();
    }

    /** Where the comment thread starts in {@code lines}, or -1 when the lines do not end with one. */
    static int start(List<String> lines) {
        for (int i = Math.max(1, lines.size() - WINDOW); i < lines.size(); i++) {
            String text = lines.get(i).strip();
            boolean headerButton = i < lines.size() / 2 && COUNT_BUTTON.matcher(text).matches(); // (heise's, by the headline)
            if (text.length() <= MAX_CHARS && !headerButton && (PROMPT.matcher(text).matches() || HANDLE.matcher(text).matches())) {
                return i;
            }
        }
        int n = lines.size();
        return n > 2 && YES.matcher(lines.get(n - 2).strip()).matches() && NO.matcher(lines.get(n - 1).strip()).matches() ? n - 2 : -1;
    }
}
