package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;
import io.newsflow.producer.parse.FrontMatter;

/**
 * Parses a scraped plain-text article. It reads the page top to bottom: header furniture (widgets,
 * date lines, editor's notes, breadcrumbs, bylines, kickers, opinion disclaimers) yields facts and
 * leaves the text; links to other articles (related headlines, closing tag lists) are dropped; the
 * first title-like line is the headline; closing signatures and notices yield the outlet; the rest
 * becomes the lead, section headings and paragraphs. Each kind of line has its own detector.
 */
public final class TextArticleParser {
    /** How much a source clue is trusted; higher wins (see {@link ArticleDraft#offerSource(String, int)}). */
    static final int EDITORS_NOTE = 90;
    static final int NOTICE = 80;
    static final int INLINE_BYLINE = 70;
    static final int BYLINE = 60;
    static final int DATELINE = 50;
    static final int KICKER = 40;
    static final int COPYRIGHT = 35;
    static final int TITLE_SUFFIX = 30;
    /** The site's name among its menu words, or named by "More from X". */
    static final int MASTHEAD = 25;
    static final int SIGNATURE = 20;
    static final int PROMOTION = 15;

    private TextArticleParser() {
    }

    /** Parses the text into a draft (which may have no content: the assembler rejects that). */
    public static ArticleDraft parse(String text) {
        ArticleDraft draft = new ArticleDraft();
        EmailHeaders.Read email = EmailHeaders.read(FrontMatter.read(text, draft), draft); // front matter; a mail's headers
        PageLines lines = new PageLines(email.text());
        String crumbTitle = email.subject();
        List<String> content = new ArrayList<>();
        List<Integer> contentLines = new ArrayList<>();
        boolean headerTrimmed = false;
        HeaderTrim.HeaderFacts header = new HeaderTrim.HeaderFacts();
        DateExtractor.FoundDate updateStamp = null; // an update stamp alone: a wire dateline may date the story by it
        SiteDates siteDates = new SiteDates();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PressReleaseEnds.closes(line, content)) { // "###": the notes to editors follow, no part of the story
                PressReleaseEnds.readNotes(lines, i, content, draft);
                break;
            }
            if (ResearchNewsEnds.closes(lines, i, content)) { // "More information: ...", "Story Source:": the paper's references
                break;
            }
            if (!headerTrimmed && !content.isEmpty() && HeaderTrim.opensByline(lines, i)) {
                // a date in the site's header ("Friday, November 22, 2024") comes before any headline: wait
                headerTrimmed = HeaderTrim.trim(content, contentLines, draft, header);
            }
            PromotedOutlets.named(line).ifPresent(outlet -> draft.offerSource(outlet, PROMOTION));
            SignatureDetector.bioOutlet(line).ifPresent(outlet -> draft.offerSource(outlet, SIGNATURE));
            Optional<String> logo = headerTrimmed ? Optional.empty() : Outlets.fromLogoLink(line);
            if (logo.isPresent()) { // "The Guardian - Back to home": the logo's link names the site
                draft.offerSource(logo.get(), MASTHEAD);
                continue;
            }
            // ("PREMIUM TIMES" / "Top News": under the site's name, the story's section; "Trending" in a menu: one of its items)
            if (content.isEmpty() && LinkBlocks.isRelatedLabel(line) && !lines.inVerticalMenu(i) && !CrumbTrails.underMasthead(lines, i, draft)) {
                i = FurnitureBlocks.railBeforeStory(lines, i);
                continue;
            }
            if (content.isEmpty() && lines.inVerticalMenu(i) && lines.inMenu(i) && i == 0 && FurnitureBlocks.isLogo(line)) {
                draft.offerSource(line.strip(), MASTHEAD); // "DER SPIEGEL / Menü / Abo / Anmelden": the logo over buttons
                continue;
            }
            if (content.isEmpty() && lines.inVerticalMenu(i) || lines.inShareColumn(i)) {
                // a site's menu or share buttons, one item per line, its items no kicker ("Startseite" / "Lokales" / "Abo");
                // the site's logo may open the menu ("DER SPIEGEL")
                if (content.isEmpty() && (i == 0 || !lines.sameBlock(i - 1, i)) && FurnitureBlocks.isLogo(line)
                        || lines.pageOpensAt(i) && (FurnitureBlocks.isInitialsLogo(line) || TopMenus.isNameOverMenu(line)
                        || TopMenus.isShoutedNameOverMenu(lines, i))) {
                    draft.offerSource(TopMenus.spelledOut(lines, i), MASTHEAD); // ("DN" / "Diário de Notícias": the name)
                } else if (content.isEmpty()) {
                    TopMenus.closesWithSection(lines, i, draft); // "... / Sports / Japan": the current section marked
                }
                continue;
            }
            int menu = content.isEmpty() ? TopMenus.consumed(lines, i, draft) : -1;
            if (menu >= 0) { // the site's menu, one item a line over its button and the story's trail ("RTBF / Info / ...")
                i = menu;
                continue;
            }
            if (content.size() <= 2 && lines.inDatedBlock(i) && !lines.nameOverTaglineAndMenu(i) && StampDetails.consumed(lines, i, content.isEmpty(), draft)) {
                continue; // "TORINO", "17:38", "NEWS" beside the date under the headline (not a logo over its tagline: "ԱՐԿԱ")
            }
            if (content.isEmpty() && lines.isJunk(i)) {
                OpeningMastheads.taglinedOverMenu(lines, i).ifPresent(name -> draft.offerSource(name, MASTHEAD));
                siteDates.read(lines, i, draft); // (a date over the site's menu is the site's today: it waits)
                continue;
            }
            Optional<MetaDateLine.Result> meta = MetaDateLine.parse(line).or(() -> PostedLines.outletStamp(line));
            if (meta.isPresent()) {
                DateExtractor.FoundDate d = meta.get().published();
                if (d != null) {
                    siteDates.offer(lines, i, d, draft); // (the story's stamp; or over the menu, the site's today)
                } else if (updateStamp == null) {
                    updateStamp = meta.get().updated();
                }
                StampDetails.besideDate(lines, meta.get().outlet(), line, draft); // the outlet, a section after a bar ("... | Business, All")
                continue;
            }
            int last = FurnitureBlocks.skip(lines, i, draft, content.isEmpty());
            if (last >= 0) {
                i = last;
                continue;
            }
            Optional<String> category = BreadcrumbDetector.category(line);
            if (category.isPresent()) { // "Categories: Energy, East Africa": a blog's first category is its section
                draft.offerSection(category.get());
                draft.offerType(ArticleTypes.fromLabel(category.get())); // ("Filed Under: News", "Opinion")
                continue;
            }
            if (lines.isJunk(i) || header.writersTowns(lines, i) // "Nicola Pamplona" / "Rio de Janeiro e São Paulo"
                    || content.size() <= 2 && (StampDetails.regionUnderByline(lines, i) // "By Keira Donnelly" / "WA"
                        || StampDetails.sectionUnderStamp(lines, i, draft) // the stamp / "Local News" / the text
                        || PictureCredits.underStamp(lines, i, draft) // the stamp / "Ivy Liu" / the text
                        || line.strip().equalsIgnoreCase(draft.source) && StampDetails.consumed(line, draft) // "Kosovo Online" again
                        || ContactLines.isWritersAddressAlone(line) || CommentThreads.isCountButton(line) // "gudrunh@mbl.is", "Komentarji (37)"
                        || !content.isEmpty() && WriterNotes.isInstitution(line))) { // the release's issuer: "University of Glasgow"
                continue;
            }
            if (!(content.isEmpty() && OpeningMastheads.roleShapedName(lines, i)) && MetadataLines.consumed(line, draft)) {
                i = MetadataLines.outletUnderByline(lines, i, draft); // "By BRIAN OKINDA" / "Nation Media Group"
                continue;
            }
            // between the headline (and standfirst) and the text, where a byline stands
            boolean underHeadline = HeaderTrim.underHeadline(content, lines, i);
            Optional<Byline> nameAndOutlet = content.isEmpty() ? Optional.empty() : SegmentedBylines.nameThenOutlet(line, underHeadline);
            if (nameAndOutlet.isPresent()) {
                nameAndOutlet.get().authors().forEach(draft::addAuthor);
                draft.offerSource(nameAndOutlet.get().source(), BYLINE);
                if (nameAndOutlet.get().date() != null) { // "Jane Tremblay · CBC News · Posted: Nov 27, 2025 4:00 AM EST"
                    draft.offerPublished(nameAndOutlet.get().date().instant(), TimeProvenance.TEXT, nameAndOutlet.get().date().text());
                }
                continue;
            }
            // "Reuters" alone under the headline: the agency's byline; "By Euronews", "The Yomiuri Shimbun" over the stamp: the outlet's
            Optional<String> credited = underHeadline ? DeskCredits.underHeadline(lines, i, draft.source) : Optional.empty();
            if (credited.isPresent()) {
                draft.offerSource(credited.get(), BYLINE);
                continue;
            }
            // a bare name there: the byline, without "By", or a co-author's stacked under it; the outlet may follow ("BBC Wales News")
            if (underHeadline && header.takesBareName(lines, i, draft) && PersonNames.isBareByline(lines, i)) {
                i = header.takeBareNames(lines, i, draft);
                continue;
            }
            int at = i; // (trails without their home crumb: "Santo Domingo › <the headline>", "<a menu's item> > Social Security")
            Optional<Breadcrumb> crumb = BreadcrumbDetector.detect(line, draft.source).or(() -> CrumbTrails.endingWithHeadline(lines, at)).or(() -> MenuCrumbs.underMenu(lines, at));
            if (crumb.isPresent()) {
                draft.offerCrumb(crumb.get());
                crumbTitle = crumb.get().lastCrumb();
                continue;
            }
            // a tagline sharing a block with navigation junk above the headline is furniture (not a section under the name)
            if (content.isEmpty() && lines.isFurnitureTagline(i) && !CrumbTrails.sectionUnderHeader(lines, i, draft, header.kickerLine)
                    && !CrumbTrails.headlineOverTrail(lines, i)) { // (the widget's line over the headline and its trail)
                continue;
            }
            if (!headerTrimmed && AboveHeadline.consumed(lines, i, content, draft, header)) {
                continue; // the site's name over its menu, or a kicker over the headline
            }
            content.add(line);
            contentLines.add(i);
        }
        Headlines.take(draft, content, crumbTitle);
        draft.section = MenuSpellings.asMenuWrites(lines, draft.section); // (a shouted label's case guessed: the menu's, where it lists it)
        if (draft.section != null && (draft.section.equalsIgnoreCase(draft.source) || NewsletterPrompts.namesOwnNewsletter(draft.section, draft.source))) {
            draft.section = null; // the site's or newsletter's name over the story ("Daryo", "THE MORNING BRIEF"): no section
        }
        int comments = CommentThreads.start(content);
        if (comments > 0) {
            content.subList(comments, content.size()).clear();
        }
        LinkBlocks.dropTagList(content);
        WriterNotes.take(draft, content, lines);
        LinkBlocks.dropTagList(content); // (a tag list over the writer's box just taken: "Topics" / "EVs, Venture" / "Kirsten Korosec" / ...)
        ClosingLines.take(draft, content);
        ClosingBios.take(draft, content);
        WriterNotes.authorFromBio(draft, content);
        ClosingBios.outletFromBio(draft, content);
        ReleaseIssuers.issuerFromBoilerplate(draft, content);
        siteDates.settle(draft);
        BodyBuilder.build(draft, content, updateStamp);
        draft.source = MenuSpellings.asPageWrites(lines, draft.source); // a masthead in capitals: "IRISH COASTAL TIMES", "EXCELSIOR"
        draft.dropOutletFromAuthors();
        return draft;
    }
}
