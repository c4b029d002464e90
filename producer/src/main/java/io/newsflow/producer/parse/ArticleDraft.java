package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.Byline;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.PersonNames;
import io.newsflow.producer.parse.text.RunInTeasers;

/**
 * The mutable facts a format parser collects before {@link ArticleAssembler} turns them into an
 * {@code Article}. Setters that take "first wins" semantics ({@link #offerSource}) let several
 * extractors propose a value in order of trust without overwriting a better one.
 */
public final class ArticleDraft {
    public String url;
    public String title;
    public boolean titleDerived;
    public String lead;
    public final List<BodyBlock> body = new ArrayList<>();
    public final List<String> authors = new ArrayList<>();
    public String source;
    public String section;
    public ArticleType articleType = ArticleType.UNKNOWN;
    public Instant publishedAt;
    public TimeProvenance provenance = TimeProvenance.UNKNOWN;
    public String publishedAtText;
    public String editorsNote;
    /** The whole text as the page's metadata gives it (JSON-LD {@code articleBody}), when it does; not the body itself. */
    public String metadataBody;
    /** The page's copyright line as written ("Copyright 2025 United Press International"), whose year a dateline may need. */
    public String copyrightLine;

    /** A page's trail: its section, and the type its news root gives ("Home › News › Transport": Transport, NEWS). */
    public void offerCrumb(io.newsflow.producer.parse.text.Breadcrumb crumb) {
        offerSection(crumb.section());
        offerType(crumb.type());
    }

    /** Adds an author unless already present (case-insensitive) or blank. */
    public void addAuthor(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String trimmed = name.strip();
        if (authors.stream().noneMatch(a -> a.equalsIgnoreCase(trimmed))) {
            authors.add(trimmed);
        }
    }

    /**
     * Reads a name field that holds a byline written out ("By MICHAEL CASEY, Associated Press",
     * "By Joyanne Pursaga and Chris Kitching"): its authors, and its outlet at the lowest trust.
     * False, with nothing added, when the value has no lead-in: most name fields hold plain names.
     */
    public boolean offerWrittenByline(String value) {
        Optional<Byline> byline = value == null || !BylineDetector.hasLeadIn(value.strip()) ? Optional.empty()
                : BylineDetector.standalone(value.strip());
        byline.ifPresent(b -> {
            b.authors().forEach(this::addAuthor);
            offerSource(b.source(), -1);
        });
        return byline.isPresent();
    }

    private int sourcePriority = Integer.MIN_VALUE;
    /** The logo an agency's page sets over its name written out ("TATOLI" over "Agência Noticiosa de Timor-Leste"), or null. */
    private String sourceLogo;

    /** Sets the source only if none is known yet. */
    public void offerSource(String candidate) {
        offerSource(candidate, 0);
    }

    /**
     * Proposes a source with a trust level: a higher priority replaces a lower one, an equal one
     * does not (the first mention wins), so extractors can run in reading order.
     */
    public void offerSource(String offered, int priority) {
        String candidate = SourceNames.withoutLogoStop(offered);
        if (PublishingPlatforms.is(candidate, url)) {
            return; // "LinkedIn", "Medium": the platform a writer publishes on, no outlet
        }
        if (candidate != null && authors.size() == 1 && authors.get(0).equalsIgnoreCase(candidate.strip())
                && !Outlets.hasOutletWord(candidate)) {
            return; // "Par Koffi Yao" under the headline, "Koffi Yao" closing the text: the writer signing, not the outlet
        }
        if (candidate != null && !candidate.isBlank() && priority > sourcePriority) {
            // the name as the masthead writes it, where the better-ranked one only adds to it ("Kyodo News" / "(Kyodo)")
            // (and the agency's name written out under its logo, against a credit naming the logo: "(TATOLI)")
            source = SourceNames.keepsName(source, candidate.strip()) || candidate.strip().equalsIgnoreCase(sourceLogo) ? source : candidate.strip();
            sourcePriority = priority;
        } else if (candidate != null && (SourceNames.agencyUnderLogo(candidate.strip(), source)
                || SourceNames.initialsSpelledOut(candidate.strip(), source))) { // ("GDN Online" / "Gulf Daily News")
            sourceLogo = source; // "TATOLI" / "Agência Noticiosa de Timor-Leste": the agency's name under its logo
            source = candidate.strip();
        } else if (candidate != null && (SourceNames.fullerName(candidate.strip(), source) || SourceNames.withDomain(source, candidate.strip()))) {
            source = candidate.strip(); // "Yonhap News Agency" after the dateline's "(Yonhap)"
        } else if (candidate != null && candidate.strip().equalsIgnoreCase(source) && (SourceNames.capitals(candidate) < SourceNames.capitals(source)
                || SourceNames.capitals(source) == 0)) {
            // "KOMPAS.com" over the menu, "Kompas.com" beside the date: the name as written in text; so "stuff", a logo in lower case
            source = candidate.strip();
        }
    }

    /** Sets the section only if none is known yet. */
    public void offerSection(String candidate) {
        if (section == null && candidate != null && !candidate.isBlank() && !IDENTIFIER.matcher(candidate.strip()).matches()) {
            section = candidate.strip();
        }
    }

    /** A content system's id where a category's name was expected: a GUID (as a label reads it, parts spaced), a number, a record's id. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?i)[0-9a-f]{8}[- ][0-9a-f]{4}[- ][0-9a-f]{4}[- ][0-9a-f]{4}[- ][0-9a-f]{12}|\\d+"
            // a record's id of letters and digits mixed ("c2m8q1x7k4a9b3d", PocketBase's; a Mongo ObjectId)
            + "|(?=(?:[a-z]*\\d){3})(?=(?:\\d*[a-z]){3})[a-z\\d]{12,}");

    /** Sets the article type only if it is still unknown. */
    public void offerType(ArticleType type) {
        if (articleType == ArticleType.UNKNOWN && type != null) {
            articleType = type;
        }
    }

    /** Sets the publication time only if none is known yet. */
    public void offerPublished(Instant at, TimeProvenance from, String asWritten) {
        if (publishedAt == null && at != null) {
            publishedAt = at;
            provenance = from;
            publishedAtText = asWritten;
        }
    }

    /** Appends a paragraph block (blank text is ignored). */
    public void paragraph(String text) {
        if (text != null && !text.isBlank()) {
            // "... at peak hours. Read more: Oslo orders new metro trains": another story's link run into the end
            body.add(new BodyBlock(BlockKind.PARAGRAPH, RunInTeasers.strip(text.strip())));
        }
    }

    /** Appends a heading block (blank text is ignored). */
    public void heading(String text) {
        if (text != null && !text.isBlank()) {
            body.add(new BodyBlock(BlockKind.HEADING, text.strip()));
        }
    }

    /**
     * Drops the outlet's name from the front of an author's ("Ouest-France Nathalie DUBOIS." gives
     * Nathalie Dubois): a page may print its masthead right before the byline's name, and a
     * hyphenated outlet reads like a hyphenated given name. An author that is the outlet's name
     * alone is dropped: a signature read as a name before the byline named the outlet. The outlet's
     * initials after a name go too ("Anna-Liisa Korhonen HS" under the masthead "Helsingin Sanomat").
     */
    public void dropOutletFromAuthors() {
        if (source == null) {
            return;
        }
        String prefix = source + " ";
        authors.replaceAll(a -> {
            String rest = a.length() > prefix.length() ? a.substring(prefix.length()).strip() : "";
            // what follows must be a person's name of its own ("Reuters Staff Writer" stays as it was)
            return a.regionMatches(true, 0, prefix, 0, prefix.length()) && rest.contains(" ")
                    && PersonNames.isName(rest) ? rest : a;
        });
        String initials = initials(source);
        authors.replaceAll(a -> {
            int space = a.lastIndexOf(' ');
            String rest = space < 0 ? "" : a.substring(0, space);
            return initials.length() >= 2 && a.substring(space + 1).equalsIgnoreCase(initials) && rest.contains(" ")
                    && PersonNames.isName(rest) ? rest : a;
        });
        authors.removeIf(a -> a.equalsIgnoreCase(source)); // "Portos Hoje" closing the text, once the byline named the outlet
    }

    /** "Helsingin Sanomat" gives "HS"; a name of one word gives none (its initial is no outlet's tag). */
    private static String initials(String outlet) {
        String[] words = outlet.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            initials.append(words.length > 1 ? word.charAt(0) : "");
        }
        return initials.toString();
    }
}
