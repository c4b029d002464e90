package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The closing lines of a text that are about its writer rather than the story: the writer signing
 * off with a role or a profile link ("Johan Lindqvist" / "Reporter", "Marc-Antoine Lavoie (Consulter
 * le profil)"), an author box (the name, then a note that opens with it), and an opinion piece's
 * closing note ("Meenakshi Iyer is a research associate at ..."). They name the author and, when
 * the note says whom the writer works for, the outlet.
 */
final class WriterNotes {
    /** "Meenakshi Iyer is a research associate at ...": a name opening a sentence that presents its holder. */
    private static final Pattern BIO_START = UnicodeRegex.compile("^(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+(?:van|de|der|den|von|da|di|du|la|le|del|dos|"
            + "\\p{Lu}[\\p{L}\\p{M}'’.-]+)){1,4}),?\\s+(?:is|was|has been)\\s+(?:a|an|the)\\s");
    /** How many closing lines may hold the writer's note (a disclaimer or a signature may follow it). */
    private static final int BIO_WINDOW = 2;
    /** How far from the end an author box may stand (share buttons or a prompt may follow it). */
    private static final int BOX_WINDOW = 4;
    /** A closing note's disclaimer that the piece is its writer's opinion. */
    private static final Pattern VIEWS_OWN = UnicodeRegex.compile("(?iu)\\b(?:views?|opinions?) expressed\\b|"
            + "\\b(?:views|opinions) (?:are|is) (?:his|her|their|the author's|the writer's) own\\b");
    /** ", a journalist with over a decade of experience,": an apposition between the name and its verb. */
    private static final Pattern APPOSITION = UnicodeRegex.compile("^,\\s+[^,]{1,100},");
    /** What an author box's note says after the writer's name: who they are or what they cover. */
    private static final Pattern PRESENTS = UnicodeRegex.compile("^(?:,\\s+[^,]{1,100},)?\\s+(?:is|was|has been|covers|writes|reports|joined)\\s");
    /** "(Consulter le profil)", "(View profile)": a link to the writer's page after their name. */
    private static final Pattern PROFILE_LINK = UnicodeRegex.compile("(?iu)^(.{3,60}?)\\s*\\((?:consulter le profil|voir le profil|"
            + "view profile|see profile|profil anzeigen|ver perfil|vedi profilo|bekijk profiel|zobacz profil|se profil)\\)$");
    /** A writer's role alone on the line under their name, in the languages read. */
    private static final Pattern ABOUT = UnicodeRegex.compile("^(?:About|More about|À propos de|Über|Sobre)\\s+(?=\\p{Lu})");
    private static final Pattern NAME_AND_ROLE = Pattern.compile("(.{3,60}?)\\s+[|·•]\\s+(\\p{L}[\\p{L} ]{2,30})");
    private static final Set<String> ROLES = Set.of("reporter", "reporterin", "journalist", "journalistin", "journaliste",
            "journalista", "giornalista", "periodista", "jornalista", "dziennikarz", "dziennikarka", "correspondent",
            "korrespondent", "korrespondentin", "correspondant", "correspondante", "corresponsal", "corrispondente",
            "writer", "staff writer", "editor", "redaktör", "redaktør", "redakteur", "redakteurin", "rédacteur",
            "rédactrice", "redactor", "redactora", "redattore", "redacteur", "verslaggever", "reportrar");

    private WriterNotes() {
    }

    /**
     * Reads and removes the writer's sign-off and author box from the end of {@code content} (the
     * page's {@code lines}: the role line under a closing name was read as a byline of no one and is
     * no longer in the content); runs before {@link ClosingLines#take}, which would read a closing
     * name as the outlet's signature.
     */
    static void take(ArticleDraft draft, List<String> content, PageLines lines) {
        if (content.size() < 3) {
            return;
        }
        String last = content.get(content.size() - 1).strip();
        String penultimate = content.get(content.size() - 2).strip();
        Matcher profile = PROFILE_LINK.matcher(penultimate);
        if (profile.matches() && profile.group(1).equals(last)) { // the link, then the name again
            content.remove(content.size() - 1);
            last = penultimate;
        }
        profile = PROFILE_LINK.matcher(last);
        if (profile.matches() && PersonNames.isName(profile.group(1))) {
            signedBy(draft, profile.group(1), content, 1);
        } else if (PersonNames.isName(last) && roleUnder(lines, last)) {
            signedBy(draft, last, content, 1);
        }
        authorBox(draft, content);
    }

    /** The page's last line that reads {@code name} has a writer's role alone under it ("Reporter"). */
    private static boolean roleUnder(PageLines lines, String name) {
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (lines.get(i).strip().equals(name)) {
                return ROLES.contains(lines.get(i + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static void signedBy(ArticleDraft draft, String name, List<String> content, int lines) {
        if (draft.authors.isEmpty()) {
            draft.addAuthor(NameCase.natural(name));
        }
        content.subList(content.size() - lines, content.size()).clear();
    }

    /**
     * "Adebayo Folorunsho-Francis" / "Adebayo, a journalist with over a decade of experience,
     * covers crime ... for Punch Newspapers.": the writer's name alone, then a note opening with it
     * or its first word. The box leaves the text; the outlet it names is the source.
     */
    private static void authorBox(ArticleDraft draft, List<String> content) {
        for (int k = content.size() - 2; k >= Math.max(1, content.size() - BOX_WINDOW); k--) {
            Matcher card = NAME_AND_ROLE.matcher(content.get(k).strip()); // ("Justine Nauta | Reporter": the box's name and role)
            // (or the box's label naming the writer of the byline: "About Megan Eckstein"; a release's "About <company>" is not)
            Matcher label = ABOUT.matcher(content.get(k).strip());
            boolean about = label.lookingAt();
            String name = card.matches() && ROLES.contains(card.group(2).toLowerCase(Locale.ROOT)) ? card.group(1)
                    : content.get(k).strip().substring(about ? label.end() : 0);
            String note = content.get(k + 1).strip();
            if (!PersonNames.isName(name) || (about || !draft.authors.isEmpty()) && !draft.authors.contains(name)) {
                continue;
            }
            String given = name.split("\\s+")[0];
            String after = note.startsWith(name) ? note.substring(name.length())
                    : note.startsWith(given) ? note.substring(given.length()) : null;
            if (after != null && PRESENTS.matcher(after).find()) {
                draft.addAuthor(NameCase.natural(name));
                ClosingBios.outletOf(APPOSITION.matcher(after).replaceFirst("")).ifPresent(o -> draft.offerSource(o, TextArticleParser.SIGNATURE));
                content.subList(k, k + 2).clear();
                return;
            }
        }
    }

    /**
     * The writer of an opinion piece that no byline named, from its closing note: op-eds end by
     * presenting their writer. Only in opinion (the page's label, or the note's own disclaimer:
     * "The views expressed are her own"), where a closing "X is a ..." is not news about X.
     */
    static void authorFromBio(ArticleDraft draft, List<String> content) {
        boolean named = !draft.authors.isEmpty();
        for (int k = content.size() - 1; k >= Math.max(1, content.size() - BIO_WINDOW); k--) {
            String line = content.get(k).strip();
            Matcher bio = BIO_START.matcher(line);
            // with a byline, only the note's own words make it opinion ("The views expressed ... are her own")
            boolean opinion = named ? VIEWS_OWN.matcher(line).find() : draft.articleType == ArticleType.OPINION
                    || ArticleTypes.fromDisclaimer(line) == ArticleType.OPINION;
            if (opinion && bio.find() && PersonNames.isName(bio.group(1))) {
                if (!named) {
                    draft.addAuthor(NameCase.natural(bio.group(1)));
                }
                draft.offerType(ArticleType.OPINION);
                return;
            }
        }
    }

    /**
     * "Associate Professor of Fire Science, University of Wollongong", "Professore di Informatica giuridica, Università degli
     * Studi di Milano": an academic writer's post and institution on a line of their own under the name (not "Professor Smith
     * said", which names someone).
     */
    private static final Pattern ACADEMIC_POST = UnicodeRegex.compile("(?iu)^(?:(?:associate|assistant|senior|principal|adjunct|emeritus"
            + "|honorary|visiting)\\s+)*(?:professor|lecturer|reader|research fellow|postdoctoral fellow|phd candidate|researcher"
            + "|professore|professoressa|docente|ricercat(?:ore|rice)|profesora?|investigadora?|professeure?|chercheu(?:r|se)|professorin)"
            + "(?:\\s+(?:associat[oa]|ordinari[oa]|titular|associée?))?(?:\\s+(?:of|in|di|de|en|für)\\s+|\\s+d['’])[^,]{2,60},\\s*\\p{Lu}[^.]{2,80}$");

    static boolean isAcademicPost(String text) {
        return ACADEMIC_POST.matcher(text).matches();
    }

    /** "University of Chile", "Lund University", "Indian Institute of Science": a writer's institution, no outlet. */
    private static final Pattern INSTITUTION = UnicodeRegex.compile("^(?:The\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*\\s+){0,4}"
            + "(?:University|Universit[yéàä]t?|Universidad|Universidade|Università|Universiteit|Institute|College)"
            + "(?:\\s+(?:of|for|de|do|da|di|del|für|van|and|&|\\p{Lu}[\\p{L}\\p{M}.'’-]*)){0,6}$");

    static boolean isInstitution(String text) {
        return INSTITUTION.matcher(text.strip()).matches();
    }
}
