package io.newsflow.producer.parse.text;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;
import java.util.List;

/**
 * A page scraped without blank lines that opens with the site's menu, one item per line, then an
 * account or menu button, then the story's trail ({@link PageLines#inTopMenu}): "RTBF / Info /
 * Régions / Sport / Culture / Auvio / Se connecter / Belgique / Économie / the headline". The menu's
 * first line is the site's name; the trail reads as the one-crumb-a-line trails of
 * {@link CrumbTrails}: its first crumb is the section, and a news root first ("News" / "South Africa",
 * "Nyheter" / "Innenriks") makes the story NEWS and the next crumb its section.
 */
final class TopMenus {

    private TopMenus() {
    }

    /**
     * Whether line i belongs to the top menu or its trail; the menu's name and the trail's facts are
     * offered to the draft. Returns the last line consumed, or -1 when line i is neither.
     */
    static int consumed(PageLines lines, int i, ArticleDraft draft) {
        if (lines.inTopMenu(i)) {
            String line = lines.get(i);
            if (i == 0 && Outlets.looksLikeOutlet(line) && !SectionNames.isSection(line) && !BreadcrumbDetector.isNewsRoot(line)) {
                draft.offerSource(line.strip(), TextArticleParser.MASTHEAD);
            }
            return i;
        }
        if (i != lines.topTrailStart()) {
            return -1;
        }
        List<String> trail = lines.topTrail();
        String first = trail.get(0).strip();
        if (BreadcrumbDetector.isNewsRoot(first)) {
            draft.offerType(ArticleType.NEWS);
            if (trail.size() > 1) {
                draft.offerSection(ArticleTypes.sectionCase(trail.get(1)));
            }
        } else {
            draft.offerSection(ArticleTypes.sectionCase(first));
        }
        return i + trail.size() - 1;
    }
}
