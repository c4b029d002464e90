package io.newsflow.producer.parse;

/**
 * What stands inside a story's container without being its text, as one CSS selector: scripts and navigation, share
 * bars, figures and captions, related links, ads, comment forms, author boxes and bios, subscription boxes, a post's
 * neighbours and tags. {@link HtmlBlocks} removes it before reading the story's blocks.
 */
final class StoryFurniture {
    static final String SELECTOR = "script, style, noscript, nav, aside, footer, form, button, iframe, svg, "
            + "figure, figcaption, header, .share, .sharing, .social, .related, .newsletter, .advert, .ad, .ads, "
            + "[class*=share]:not([class*=has-share]), [class*=related], [class*=newsletter], [class*=cookie], [aria-hidden=true], .byline, .caption, " // (not "has-share-float", SmartMag's story wrapper)
            + "[class*=comments], #comments, #disqus_thread, " // (a theme's comments inside the article: "Sign in ... to join")
            + "[class*=donate], [class*=author-bio], " // (Newspack's donation block and writer's bio inside the article)
            + "[id*=author-box], [class*=author-box], " // (an author box with no heading: Zox News's mvp-author-box-wrap, SmartMag's)
            // a comment form's block (Divi's "Submit a Comment"); an author box: the writer's name as a heading over a bio (Soledad's)
            + "#respond, [class*=comment-respond], div[class*=author]:has(h2, h3, h4, h5, h6):has(p), "
            + ".subscribe, [class*=subscribe-form], [class*=subscribe-box], [class*=subscribe-widget], " // (not "subscriber-content")
            + "[class*=nextprev], [class*=prevnext], [class*=prev-next], " // (the links to the posts before and after it)
            + "[class*=post-navigation], [class*=wp-block-query], " // (a block theme's: its links outside a nav, its list of other posts)
            + "[class*=toolbar], " // (a story's print, mail and font-size buttons: K2's itemToolbar)
            + "[class*=author-card], [class*=author-headline], " // (the writer's card: the name and the post, LinkedIn's)
            + "p.tags, .post-tags, " // (a post's tag links under it: Bear Blog's "#birds #town")
            + "[class*=about-author], [class*=author-about], p[class*=caption]"; // (a bio under "About the author"; a gallery's captions)

    private StoryFurniture() {
    }
}
