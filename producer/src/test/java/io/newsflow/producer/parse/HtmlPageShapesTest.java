package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes found by the eighteenth blind round (2026-11-30), six HTML pages: teaser {@code article}s
 * around a story that is none, a byline and time in a story header outside any article element,
 * the section beside the headline, a div-soup page with menus, a "Trending" rail, ad slots and a
 * comment form; and the same rail above a plain-text story. And from the held-out HTML pages
 * written after it: another story's teaser inside the story, a closing "X avec AFP", a window
 * title with the section and site after the headline, microdata, a breadcrumb in a plain
 * {@code div}, a standfirst beside the headline.
 */
class HtmlPageShapesTest {
    /** A story of over 200 characters of paragraphs, the least the markup must hold to be read as the story. */
    private static final String STORY = "<p>" + (BODY + "\n\nThe mayor said the decision would be reviewed after one year, "
            + "once traffic counts on the new route were known.").replace("\n\n", "</p><p>") + "</p>";

    private static Article html(String page) {
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(page.getBytes(StandardCharsets.UTF_8), "page.html",
                null, Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    @Test
    void shouldReadTheStoryNotTheTeasersWhenOnlyOtherStoriesAreArticleElements() {
        Article a = html("<html><head><title>" + HEADLINE + " - Asia Business Daily</title></head><body>"
                + "<div class=\"article-header\"><div class=\"article-header__section\"><a>Automobiles</a></div><h1>" + HEADLINE + "</h1>"
                + "<div class=\"article-header__byline\">KENJI WATANABE, Nikkei staff writer</div>"
                + "<div class=\"article-header__timestamp\"><time datetime=\"2024-11-22T09:00:00+09:00\">November 22, 2024</time></div></div>"
                + "<div class=\"article__content\">" + STORY + "</div>"
                + "<section class=\"more-from\"><h2>More from Automobiles</h2><article><h3><a>Suzuki bets on India</a></h3>"
                + "<time datetime=\"2024-10-01T00:00:00Z\">1 Oct</time></article></section></body></html>");
        assertThat(allText(a)).contains("The council voted").doesNotContain("Suzuki");
        assertThat(a.getAuthors()).containsExactly("Kenji Watanabe");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-11-22T00:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Automobiles");
    }

    @Test
    void shouldStartAtTheHeadlineAndDropTheFurnitureWhenADivSoupPageIsReadAsText() {
        Article a = html("<html><head><meta property=\"og:site_name\" content=\"Prairie Post\"><meta property=\"og:title\" content=\""
                + HEADLINE + "\"></head><body><div>Prairie Post</div><div>News | Politics | Agriculture | Sports | Weather</div>"
                + "<div>Sign In | Register</div><div><b>Trending</b><div>Regina council votes to raise property tax</div>"
                + "<div>Roughriders name new head coach</div></div><div>Home &gt; News &gt; Agriculture</div><div>" + HEADLINE + "</div>"
                + "<div>By Marie Tremblay, Agriculture Reporter</div><div>Published Nov 21, 2024 &bull; 3 minute read</div>"
                + "<div>" + BODY.replace("\n\n", "</div><div>Advertisement 2</div><div>Story continues below</div><div>") + "</div>"
                + "<div>Copy Link Email X Reddit Pinterest</div><div id=\"more\">Trending in Agriculture<br>Canola prices slip"
                + "<br>Cattle ranchers brace for dry winter</div></body></html>");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Marie Tremblay");
        assertThat(a.getSection()).as("the crumb after the News root").isEqualTo("Agriculture");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-11-21T00:00:00Z"));
        assertThat(allText(a)).contains("The council voted").doesNotContain("Regina").doesNotContain("Register")
                .doesNotContain("Advertisement").doesNotContain("continues below").doesNotContain("Reddit")
                .doesNotContain("Canola").doesNotContain("Cattle");
    }

    @Test
    void shouldDropTheTeaserAndKeepTheOutletWhenAStoryHoldsAnotherStoryAndASignature() {
        Article a = html("<html><head><meta property=\"og:site_name\" content=\"Le Courrier de l'Ouest\"></head><body><article><h1>"
                + HEADLINE + "</h1>" + STORY + "<div class=\"a_ei\"><h3>Más información</h3><article><h4><a>La dana deja pérdidas"
                + "</a></h4></article></div><p>Le Courrier de l'Ouest avec AFP</p></article></body></html>");
        assertThat(allText(a)).contains("The council voted").doesNotContain("Más información").doesNotContain("La dana")
                .doesNotContain("avec AFP");
        assertThat(a.getSource()).isEqualTo("Le Courrier de l'Ouest");
    }

    @Test
    void shouldReadTheHeadlineSectionAndTypeWhenAPageHasMicrodataATextCrumbAndASuffixedTitle() {
        Article a = html("<html><head><meta property=\"og:title\" content=\"" + HEADLINE + " - Business - Hunter Valley Herald\">"
                + "</head><body><div class=\"nav\">Home › Business › Shipping</div><div itemscope itemtype=\"https://schema.org/"
                + "NewsArticle\"><h1 itemprop=\"headline\">" + HEADLINE + "</h1><p id=\"article-summary\">Fees to Port Botany "
                + "end a decade-long fight.</p><div itemprop=\"articleBody\">" + STORY + "</div></div></body></html>");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getArticleType()).isEqualTo(io.newsflow.avro.ArticleType.NEWS);
        assertThat(a.getLead()).startsWith("Fees to Port Botany");
    }

    @Test
    void shouldReadTheTextCrumbWhenItLiesInsideThousandsOfNestedBlocks() {
        // the crumb reader skips a block holding blocks from its children alone; the innermost crumb is still read
        String open = "<div>".repeat(3_000);
        String close = "</div>".repeat(3_000);
        Article a = html("<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head><body>" + open
                + "<div class=\"nav\">Home › Business › Shipping</div>" + close + "<article><h1>" + HEADLINE + "</h1>" + STORY
                + "</article></body></html>");
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(allText(a)).contains("The council voted");
    }

    @Test
    void shouldSkipTheTrendingRailWhenItStandsAboveAPlainTextStory() {
        Article a = parse("Trending\n\nRegina council votes to raise property tax\n\nRoughriders name new head coach\n\n" + HEADLINE
                + "\n\nBacklog at the port leaves elevators full across the Prairies\n\nBy Marie Tremblay\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getLead()).startsWith("Backlog");
        assertThat(allText(a)).doesNotContain("Regina").doesNotContain("Roughriders");
    }

    @Test
    void shouldKeepTheSectionLabelOutOfTheTextWhenAKickerStandsOverTheHeadline() {
        Article a = html("<html><body><article><p class=\"kicker\">Policy</p><h1>" + HEADLINE + "</h1>" + STORY
                + "</article></body></html>");
        assertThat(a.getSection()).isEqualTo("Policy");
        assertThat(a.getBody().get(0).getText().toString()).doesNotStartWith("Policy");
    }

    @Test
    void shouldReadTheStandfirstWhenAFrenchPageCallsItTheChapo() {
        Article a = html("<html><body><article><h1>" + HEADLINE + "</h1><p class=\"chapo\">Le port investit 100 millions "
                + "d'euros pour brancher les navires.</p>" + STORY + "</article></body></html>");
        assertThat(a.getLead()).isEqualTo("Le port investit 100 millions d'euros pour brancher les navires.");
        assertThat(a.getBody().get(0).getText().toString()).doesNotStartWith("Le port investit");
    }

    @Test
    void shouldLeaveTheSideColumnOutWhenAPageOfBareDivsIsReadAsText() {
        Article a = html("<html><head><title>" + HEADLINE + "</title></head><body><div id=\"left\"><div class=\"post-title\">" + HEADLINE
                + "</div><div class=\"post-content\">" + BODY.replace("\n\n", "<br><br>") + "</div></div><div id=\"right\"><div class=\"box\">"
                + "<div class=\"box-title\">Latest notices</div><div class=\"box-content\">Harbour closed to small craft on Saturday."
                + "</div></div></div></body></html>");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Latest notices", "Harbour closed");
    }
}
