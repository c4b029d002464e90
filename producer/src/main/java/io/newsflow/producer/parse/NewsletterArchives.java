package io.newsflow.producer.parse;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.DateExtractor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A mailing's page in its archive (Mailchimp's campaign archive): the window title is the newsletter's name and the
 * subject ("Harbour Weekly: new pontoon opens at the marina"), the page's {@code h1} the newsletter's name alone, the
 * story's headline an {@code h2} repeating the subject, and the date in the line under the name ("News from
 * Porthmellin harbour · Issue 48 · 5 December 2026"). The name is the outlet, the subject's heading the headline.
 */
final class NewsletterArchives {
    /** "Harbour Weekly: new pontoon opens at the marina": a name, a colon, the subject. */
    private static final Pattern NAME_THEN_SUBJECT = Pattern.compile("(.{2,60}?):\\s+(.{10,})");
    /** A newsletter is named by the kind or rhythm of the mailing, not by a paper's word. */
    private static final int NEWSLETTER_PRIORITY = 45;

    private NewsletterArchives() {
    }

    /** Reads the page as such a mailing when its window title and its {@code h1} say so; else leaves the draft as it is. */
    static void read(Document doc, String windowTitle, ArticleDraft draft) {
        Matcher m = NAME_THEN_SUBJECT.matcher(windowTitle == null ? "" : windowTitle.strip());
        Element h1 = doc.selectFirst("h1");
        if (!m.matches() || h1 == null || !h1.text().strip().equalsIgnoreCase(m.group(1).strip())) {
            return;
        }
        String subject = m.group(2).strip();
        draft.offerSource(h1.text().strip(), NEWSLETTER_PRIORITY);
        draft.title = doc.select("h2").eachText().stream().filter(t -> t.strip().equalsIgnoreCase(subject)).findFirst().orElse(subject);
        Element under = h1.nextElementSibling();
        if (under != null) { // the line under the name: "Issue 48 · 5 December 2026"
            DateExtractor.find(under.text()).ifPresent(d -> draft.offerPublished(d.instant(), TimeProvenance.TEXT, d.text()));
        }
    }
}
