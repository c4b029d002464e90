package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * The line over the headline while only header furniture has been kept: the site's name over its
 * menu or tagline (a masthead, which names the outlet) or a kicker ("Germany", "ANALYSIS",
 * "Nyheter" over "Ekonomi"), which gives the section, the type or the outlet. Both leave the text.
 * It lives apart from {@link TextArticleParser}'s loop because deciding it looks ahead: the
 * headline may stand several lines down, past junk and a date line under the kicker.
 */
final class AboveHeadline {

    private AboveHeadline() {
    }

    /**
     * Whether line {@code i} is a masthead or a kicker over the headline; if so its facts are offered
     * to the draft (and the kicker noted in {@code header}). {@code content} holds the lines kept so far.
     */
    static boolean consumed(PageLines lines, int i, List<String> content, ArticleDraft draft,
                            HeaderTrim.HeaderFacts header) {
        String line = lines.get(i);
        if (content.isEmpty() && MenuRuns.nameOverMenu(lines, i)) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // "UNT" / "Uppsala Knivsta Tierp ... Sport Kultur"
            return true;
        }
        String writer = content.isEmpty() && draft.authors.isEmpty() ? HeaderWriters.overDeskAndStamp(lines, i, draft.source) : null;
        if (writer != null) {
            draft.addAuthor(writer); // "MATT BURGESS" / "SECURITY" / "DEC 5, 2026 7:00 AM": the writer over the section and stamp
            return true;
        }
        if (content.isEmpty() && draft.section == null && Outlets.isPressRelease(line)) {
            draft.offerSection(ArticleTypes.sectionCase(line)); // "PRESS RELEASE" over the release: the kind, its section
            return true;
        }
        if (content.isEmpty() && MastheadShapes.outletAndPlace(line, draft.source)) {
            return true; // "Enab Baladi – Idlib" over the headline: the site's name and where the story is from, no headline
        }
        if (content.isEmpty() && lines.nameOverTaglineAndMenu(i)) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // "Cook Islands News" / "Te Tuatua Mou o te Kuki Airani"
            // (the line under it taken only as an agency's name under its logo: "WAFA" / "Palestine News & Info Agency")
            draft.offerSource(lines.get(i + 1).strip(), TextArticleParser.MASTHEAD);
            return true;
        }
        // (a menu bar under the site's name is no headline, and the name above it no kicker)
        int next = lines.nextNonJunk(i + 1); // "Germany" / "This article is more than 1 month old" / the headline
        while (content.isEmpty() && next < lines.size() && MetaDateLine.parse(lines.get(next)).isPresent()
                && KickerDetector.detect(line).isPresent()) {
            next = lines.nextNonJunk(next + 1); // "NEWS" / "Published: 26 Nov 2025 15:20" / the headline
        }
        if (content.isEmpty() && BreadcrumbDetector.isHomeRoot(line) && i + 1 < lines.size() && lines.sameBlock(i, i + 1)
                && KickerDetector.isCrumb(lines.get(i + 1))) {
            header.kickerLine = i; // "Accueil" / "Belgique" / "Politique": the trail's root, then its crumbs
            return true;
        }
        if (content.isEmpty() && KickerDetector.quoteOverHeadline(lines, i)) {
            header.kickerLine = i; // «Wir haben keine andere Wahl» / the headline: a quote as its kicker
            return true;
        }
        String[] titled = content.isEmpty() ? MastheadShapes.titledPage(lines, i) : null;
        if (titled != null) { // "Haaretz | Israel News": the page's title, the site's name and its section
            draft.offerSource(titled[0], TextArticleParser.MASTHEAD);
            draft.offerSection(titled[1]);
            return true;
        }
        int below = lines.nextNonJunk(i + 1); // "DER SPIEGEL" / "Menü" / "Wirtschaft": a button between name and trail
        if (below + 1 < lines.size() && BreadcrumbDetector.isHomeRoot(lines.get(below)) && lines.sameBlock(below, below + 1)) {
            below++; // "ไทยรัฐออนไลน์" / "หน้าแรก" / "ข่าว" / "การเมือง": the trail's home root between the name and its crumbs
        }
        if (content.isEmpty() && draft.section == null && !SectionNames.isSection(line) && below < lines.size()
                && lines.sameBlock(i, below) && (MastheadShapes.mastheadOverTrail(lines, i, below) || CrumbTrails.nameOverHomeRoot(lines, i, below)
                || BlockMastheads.nameOverHomeTrail(lines, i, below))) {
            // "The Seattle Times" / "Local News" / "Transportation", "derStandard" / "Wirtschaft" / "Verkehr",
            // "Il Sole 24 ORE" / "Economia" / "Trasporti", "Irish Examiner" / "News" / "Ireland",
            // "Rzeczpospolita" / "Ekonomia" / "Energetyka", "The Times of Israel" / "Israel & the Region": the site's
            // name over its trail
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD);
            return true;
        }
        if (content.isEmpty() && draft.section == null && (MastheadShapes.oneWordOverSection(lines, i)
                || MastheadShapes.dottedLogoAlone(lines, i) || BlockMastheads.firstOverCrumb(lines, i) // "euronews." / the headline
                || ReleaseIssuers.overPressRelease(lines, i) || ReleaseIssuers.overStamp(lines, i))) { // "Northsea Grid" / "PRESS RELEASE"
            draft.offerSource(MastheadShapes.withoutLogoStop(line), TextArticleParser.MASTHEAD); // "Rappler" / "Nation", "Delfi" / "Verslas"
            return true;
        }
        if (content.isEmpty() && draft.section == null && BlockMastheads.articleLed(line) && !SectionNames.isSection(line)
                && (FurnitureBlocks.overListedSection(lines, i) || BlockMastheads.articleLedOverPlace(lines, i))) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // "La Vanguardia" / "Economía", "Il Gazzettino" / "Venezia"
            return true;
        }
        if (content.isEmpty() && draft.section == null && (BlockMastheads.at(lines, i) || BlockMastheads.namedAgainBelow(lines, i))) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // "Corriere della Sera" / "Economia", each alone
            return true;
        }
        if (content.isEmpty() && draft.section == null && CrumbTrails.sectionUnderMasthead(lines, i, draft)) {
            header.kickerLine = i; // "The Times of Israel" / "Israel & the Region": the section under the site's name
            draft.offerSection(ArticleTypes.sectionCase(line));
            draft.offerType(ArticleTypes.fromLabel(line)); // ("Birmingham Mail" / menu / "ANALYSIS": the desk names the type)
            return true;
        }
        if (content.isEmpty() && draft.section == null && CrumbTrails.underMasthead(lines, i, draft)
                && CrumbTrails.newsRootOverTrail(lines, i)) {
            header.kickerLine = i; // "RTÉ News" / "News" / "Ireland": the news root, whose crumb under it is the section
            draft.offerType(ArticleType.NEWS);
            return true;
        }
        if (content.isEmpty() && (i == 0 && draft.source == null && BlockMastheads.channelName(lines, line) || MastheadShapes.edition(line, draft.source)
                || draft.source == null && CrumbTrails.nameOverTrailBlock(lines, i))) { // ("Harbor Lights" / "News > Business" / the headline)
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // "Baltic Wire" alone over a channel's post; "Eater" / menu / "Eater NY"
            return true;
        }
        if (content.isEmpty() && draft.section == null && !BreadcrumbDetector.isNewsRoot(line) && !SectionNames.isSection(line)
                && TopMenus.repeatsMenuItem(lines, i)) {
            header.kickerLine = i; // "Thời sự" alone over the headline, one of the menu's items above it: the section, as the
            draft.offerSection(ArticleTypes.sectionCase(TopMenus.menuItem(lines, i))); // menu writes it ("GOA" of "Goa")
            draft.offerType(ArticleTypes.fromLabel(line)); // ("Analysis", "Comment": the kind of piece too)
            return true;
        }
        if (content.isEmpty() && draft.section == null && CrumbTrails.firstCrumb(lines, i)) {
            header.kickerLine = i; // "Ireland" / "Irish News" over the headline: a trail's first crumb is the section
            draft.offerSection(ArticleTypes.sectionCase(line));
            return true;
        }
        boolean afterRoot = i > 0 && lines.sameBlock(i - 1, i)
                && (header.kickerLine == i - 1 || BreadcrumbDetector.isHomeRoot(lines.get(i - 1))); // a junk "Startseite" too
        if (content.isEmpty() && afterRoot && next < lines.size()
                && (KickerDetector.isCrumb(line) || CrumbTrails.sentenceCaseCrumb(lines, i)) // (or "Эдийн засаг")
                && KickerDetector.detect(line, lines.get(next), draft.section).isEmpty() && BylineDetector.standalone(lines.get(next)).isEmpty()) {
            header.kickerLine = i; // "Industry" / "Transportation" / "Railways": a trail written one crumb a line,
            draft.offerSection(ArticleTypes.sectionCase(line)); // whose first crumb after the root is the section (a byline under it: the headline)
            return true;
        }
        if (content.isEmpty() && draft.section == null && MenuRuns.sectionUnderMenu(lines, i)) {
            draft.offerSection(line.strip()); // "लोकमत" / "मुख्य पान महाराष्ट्र मुंबई ..." / "मुंबई" / the headline
            return true;
        }
        if (content.isEmpty() && draft.section == null && MastheadShapes.nameOverSectionBlock(lines, i, next)) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // "NPR" / (blank) / "Climate" / the headline
            return true;
        }
        if (content.isEmpty() && draft.section == null && CrumbTrails.sectionOverTopicKicker(lines, i)) {
            header.kickerLine = i; // "Wirtschaft" / "Deutsche Bahn:" / the headline: the section, then the topic's kicker
            draft.offerSection(ArticleTypes.sectionCase(line));
            return true;
        }
        if (!HeaderTrim.headerOnly(content) || draft.title != null || next >= lines.size()
                || !Headlines.isTitleLike(lines.get(next))) {
            return false;
        }
        // (a listed section there is the story's: "Local News" over the edition's "Toledo, OH")
        if (content.isEmpty() && lines.sameBlock(i, next) && lines.isFurnitureTagline(next) && !afterRoot
                && !SectionNames.isSection(line)) {
            // the site's name over its menu or tagline, both dropped ("Valleys Chronicle" / "News Sport
            // What's On ..."): a masthead, not a section
            if (Outlets.looksLikeOutlet(line)) {
                draft.offerSource(line.strip(), TextArticleParser.MASTHEAD);
            }
            return true;
        }
        // "Cornwall Live" / "News | Sport | What's On", "The Harbor Light" / "Serving the Upper Peninsula since 1934": a name
        // over the menu or tagline that was dropped is the masthead, a logo in capitals too over a tagline ("ԱՐԿԱ" / "News agency")
        if (content.isEmpty() && i + 1 < next && lines.sameBlock(i, i + 1)
                && (JunkLineDetector.isTagline(lines.get(i + 1)) || JunkLineDetector.isMenu(lines.get(i + 1)) && KickerDetector.detect(line).isEmpty())
                && Outlets.looksLikeOutlet(line)) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD);
            return true;
        }
        if (content.isEmpty() && lines.pageOpensAt(i) && (FurnitureBlocks.isLogo(line) || FurnitureBlocks.isInitialsLogo(line)) && i + 1 < lines.size()
                && lines.sameBlock(i, i + 1) && !BlockMastheads.kickerWord(line.strip())) { // "LA STAMPA" / "Abbonati" / "Torino": the
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD); // page opens with its logo (not with "LIVE", a badge)
            return true;
        }
        Optional<Kicker> kicker = KickerDetector.detect(line, lines.get(next), draft.section);
        if (kicker.isEmpty()) {
            return false;
        }
        // (a block of two kicker lines: a page scraped without blank lines is one block, its menu's items no kickers' pair)
        header.kicker(i, kicker.get(), draft, i > 0 && lines.sameBlock(i - 1, i) && (i < 2 || !lines.sameBlock(i - 2, i - 1)));
        KickerFacts.take(line, draft); // "Politica | di Lorenzo Castelli | 3 Dicembre 2026": the writer and the day beside it
        if (kicker.get().section() != null && BreadcrumbDetector.isNewsRoot(draft.section)) {
            draft.section = null; // "Nyheter" over "Ekonomi": the section under the site's news root
            draft.offerType(ArticleType.NEWS);
        }
        // "Bloomberg" over a syndicated headline (Yahoo's): the agency whose copy it is, no section (not a news root: "Kabar")
        Optional<String> agency = kicker.get().section() == null || BreadcrumbDetector.isNewsRoot(kicker.get().section()) ? Optional.empty()
                : SignatureDetector.agencyCredit(kicker.get().section());
        agency.ifPresent(a -> draft.offerSource(a, TextArticleParser.KICKER));
        // (a label over the trail leaves the section to it: "Fact Check" / "Fact Checks › Technology")
        boolean overTrail = next == i + 1 && BreadcrumbDetector.detect(lines.get(next)).map(Breadcrumb::section).isPresent();
        draft.offerSection(agency.isPresent() || overTrail ? null : kicker.get().section());
        draft.offerType(kicker.get().type());
        draft.offerSource(kicker.get().source(), TextArticleParser.KICKER);
        return true;
    }
}
