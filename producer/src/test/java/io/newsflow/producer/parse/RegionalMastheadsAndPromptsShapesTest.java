package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.text.Places;

/**
 * Shapes met in the thirty-seventh held-out round (x259-x264), each on other names: a one-word
 * masthead over a trail of two crumbs, a masthead over a news root and its crumb, regions as places,
 * a scraped page's hidden e-mail address, a newsletter platform's subscription box, a Polish paywall
 * label and a "read more" label in Polish.
 */
class RegionalMastheadsAndPromptsShapesTest {
    @Test
    void shouldReadTheSiteWhenAOneWordNameStandsOverATrailOfTwoCrumbs() {
        Article polish = parse("Wyborcza\nGospodarka\nTransport\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(polish.getSource()).isEqualTo("Wyborcza");
        assertThat(polish.getSection()).isEqualTo("Gospodarka");
        Article regional = parse("Sud-Ouest\nOccitanie\nToulouse\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(regional.getSource()).isEqualTo("Sud-Ouest");
        assertThat(regional.getSection()).isEqualTo("Occitanie");
    }

    @Test
    void shouldReadAPlaceAsTheFirstCrumbWhenItStandsOverTheTrail() {
        Article a = parse("Scotland\nPolitics\nHolyrood\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isNull();
        assertThat(a.getSection()).isEqualTo("Scotland");
    }

    @Test
    void shouldReadTheSiteTheTypeAndTheSectionWhenANewsRootStandsBetweenTheNameAndTheCrumb() {
        Article a = parse("Limerick Examiner\nNews\nMunster\n\n" + HEADLINE + "\n\nBy Ciara Walsh\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Limerick Examiner");
        assertThat(a.getSection()).isEqualTo("Munster");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getAuthors()).containsExactly("Ciara Walsh");
    }

    @Test
    void shouldKnowRegionsAsPlacesWhenTheyAreNoCountryNorCity() {
        assertThat(Places.isPlace("Bretagne")).isTrue();
        assertThat(Places.isPlace("Nordrhein-Westfalen")).isTrue();
        assertThat(Places.isPlace("ANDALUCIA")).isTrue(); // case and accents are ignored
        assertThat(Places.isPlace("Texas")).isTrue();
        assertThat(Places.isPlace("Rzeczpospolita")).isFalse();
    }

    @Test
    void shouldDropTheHiddenAddressAndTheSubscriptionBoxWhenThePageCarriesThem() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n[email protected]\n\nSubscribe to Harbour Notes\nOver 20,000 subscribers\n\n"
                + "The review took two years.");
        assertThat(allText(a)).doesNotContain("email protected").doesNotContain("Harbour Notes")
                .doesNotContain("subscribers").contains("The review took two years.");
        // a sentence that names a subscription stays the story's
        assertThat(allText(parse(HEADLINE + "\n\n" + BODY + "\n\nThe service has 20,000 paying subscribers in Norway.")))
                .contains("20,000 paying subscribers");
    }

    @Test
    void shouldDropThePolishReadMoreBlockAndPaywallLabelWhenAPageHasThem() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCzytaj więcej\nCeny biletów kolejowych wzrosną od stycznia\n\n"
                + "The review took two years.\n\nTreść dostępna tylko dla prenumeratorów");
        assertThat(allText(a)).doesNotContain("Czytaj").doesNotContain("Ceny biletów").doesNotContain("prenumeratorów")
                .contains("The review took two years.");
    }
}
