package io.newsflow.producer.parse.text;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * A date in the site's header, over its menu ("Talamua Online News" / "Friday, 5 December 2026" / "HOME POLITICS
 * BUSINESS"): the day the page was served, which is the story's day only when no stamp under the headline says
 * otherwise. Kept aside while the page is read, it dates the story last, if nothing else did. A date among the header's
 * junk anywhere else (over the headline, under the menu) dates the story at once, as before.
 */
final class SiteDates {
    private DateExtractor.FoundDate siteDate;
    private String written;

    /** Offers the date on line i, if it has one (a junk line's: "Friday, 5 December 2026 | 28°C"). */
    void read(PageLines lines, int i, ArticleDraft draft) {
        DateExtractor.find(lines.get(i)).ifPresent(date -> offer(lines, i, date, draft));
    }

    /** Offers the date read on line i: kept aside when it stands over the site's menu, else dating the story at once. */
    void offer(PageLines lines, int i, DateExtractor.FoundDate date, ArticleDraft draft) {
        if (siteDate == null && menuBelow(lines, i)) {
            siteDate = date;
            written = date.writtenIn(lines.get(i));
        } else {
            draft.offerPublished(date.instant(), TimeProvenance.TEXT, date.writtenIn(lines.get(i)));
        }
    }

    /** Dates the story by the site's date when nothing else dated it. */
    void settle(ArticleDraft draft) {
        if (siteDate != null) {
            draft.offerPublished(siteDate.instant(), TimeProvenance.TEXT, written);
        }
    }

    /** The site's menu follows line i, perhaps after one more line of furniture. */
    private static boolean menuBelow(PageLines lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
            if (JunkLineDetector.isMenu(lines.get(j)) || lines.inVerticalMenu(j)) {
                return true;
            }
            if (!lines.isJunk(j)) {
                return false;
            }
        }
        return false;
    }
}
