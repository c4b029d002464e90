package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places are told the same way on every JDK, whatever names its locale data gives countries. */
class PlacesTest {

    @Test
    void shouldKnowBothNamesWhenTheJdksLocaleDataRenamedACountry() {
        // JDK 17 says "Turkey" and "Vitryssland", JDK 25 "Türkiye" and "Belarus"
        for (String name : List.of("Turkey", "Türkiye", "Vitryssland", "Belarus", "Elfenbenskusten", "Eswatini", "Swaziland")) {
            assertThat(Places.isPlace(name)).as(name).isTrue();
        }
        assertThat(Places.isEnglishCountryName("turkey")).isTrue();
        assertThat(Places.isEnglishCountryName("türkiye")).isTrue();
    }

    @Test
    void shouldTellAPlaceFromAWordWhenAskedAboutEither() {
        assertThat(Places.isPlace("Berlin")).isTrue();
        assertThat(Places.isPlace("Germany")).isTrue();
        assertThat(Places.isPlace("Tuesday")).isFalse();
    }
}
