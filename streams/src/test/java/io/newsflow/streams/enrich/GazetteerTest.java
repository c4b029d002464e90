package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void shouldGiveIsoCodeWhenCountryIsNamedInAnySupportedLanguage() {
        assertThat(gazetteer.countryCode("germany")).isEqualTo("DE");
        assertThat(gazetteer.countryCode("deutschland")).isEqualTo("DE");
        assertThat(gazetteer.countryCode("états-unis")).isEqualTo("US");
        assertThat(gazetteer.countryCode("reino unido")).isEqualTo("GB");
        assertThat(gazetteer.countryCode("south korea")).isEqualTo("KR");
        assertThat(gazetteer.countryCode("atlantis")).isNull();
    }

    @Test
    void shouldGiveTheSameCodesAndNamesOnEveryJdkWhenTheLocaleDataRenamedACountry() {
        // JDK 17's locale data says "Turkey" and "Vitryssland", JDK 25's "Türkiye" and "Belarus": both are read everywhere
        for (String name : List.of("turkey", "türkiye")) {
            assertThat(gazetteer.countryCode(name)).as(name).isEqualTo("TR");
        }
        assertThat(gazetteer.countryCode("elfenbenskusten")).isEqualTo("CI");
        assertThat(gazetteer.countryCode("hviderusland")).isEqualTo("BY");
        assertThat(gazetteer.countryCode("huippuvuoret ja jan mayen")).isEqualTo("SJ");
        assertThat(gazetteer.isCountryNameIn("turkey", "en")).isTrue();
        assertThat(gazetteer.isCountryNameIn("elfenbenskusten", "sv")).isTrue();
        // and the name written is JDK 17's
        assertThat(CountryNames.displayName("TR", java.util.Locale.ENGLISH)).isEqualTo("Turkey");
        assertThat(CountryNames.displayName("BY", java.util.Locale.forLanguageTag("sv"))).isEqualTo("Vitryssland");
        assertThat(CountryNames.displayName("DE", java.util.Locale.ENGLISH)).isEqualTo("Germany");
    }

    @Test
    void shouldKnowCuratedPlacesAndOrganisationsWhenLookingUpLowerCaseNames() {
        assertThat(gazetteer.isPlace("north sea")).isTrue();
        assertThat(gazetteer.isPlace("the hague")).isTrue();
        assertThat(gazetteer.isOrganization("european commission")).isTrue();
        assertThat(gazetteer.isPlace("european commission")).isFalse();
    }

    @Test
    void shouldListTownsButNoCommonWordWhenReadingGeoNames() {
        for (String town : new String[] {"veldhoven", "valais", "kourou", "helmond", "puerto madryn"}) {
            assertThat(gazetteer.listed(town) & Gazetteer.TOWN).as(town).isNotZero();
        }
        // towns of GeoNames that are also words of a supported language are left out
        for (String word : new String[] {"police", "reading", "split", "hof", "sens", "wetter", "orange"}) {
            assertThat(gazetteer.listed(word) & Gazetteer.TOWN).as(word).isZero();
        }
        assertThat(gazetteer.isPlace("veldhoven")).as("a town is a cue, not a curated place").isFalse();
    }

    @Test
    void shouldFlagCalendarWordsWhenMonthOrWeekdayInSupportedLanguage() {
        assertThat(gazetteer.isCalendarWord("monday")).isTrue();
        assertThat(gazetteer.isCalendarWord("mittwoch")).isTrue();
        assertThat(gazetteer.isCalendarWord("octobre")).isTrue();
        assertThat(gazetteer.isCalendarWord("christmas")).isTrue();
        assertThat(gazetteer.isCalendarWord("rotterdam")).isFalse();
        assertThat(gazetteer.isCalendarWord("nov")).as("a dateline's month").isTrue();
        assertThat(gazetteer.isCalendarWord("jan")).as("a given name too").isFalse();
    }

    @Test
    void shouldKnowPopularGivenNamesButNoPlaceOrWordWhenReadingHumanNames() {
        for (String name : List.of("johanna", "paulina", "hanneke", "jillian", "gilberto")) {
            assertThat(gazetteer.flags(name) & Gazetteer.GIVEN_NAME).as(name).isNotZero();
        }
        assertThat(gazetteer.flags("luís") & Gazetteer.GIVEN_NAME).as("listed as Luis").isNotZero();
        for (String word : List.of("paris", "austin", "georgia", "chase", "will", "said")) {
            assertThat(gazetteer.flags(word) & Gazetteer.GIVEN_NAME).as(word).isZero();
        }
    }

    @Test
    void shouldTreatGermanCompoundAsTitleWhenItEndsInARole() {
        assertThat(gazetteer.isTitle("verkehrsminister")).isTrue();
        assertThat(gazetteer.isTitle("governor")).isTrue();
        assertThat(gazetteer.isTitle("rotterdam")).isFalse();
    }

    @Test
    void shouldCombineKnowledgeWhenAskingForFlags() {
        int flags = gazetteer.flags("bank");
        assertThat(flags & Gazetteer.ORG_KEYWORD).isNotZero();
        assertThat(gazetteer.flags("dutch") & Gazetteer.DEMONYM).isNotZero();
        assertThat(gazetteer.isGivenName("anna")).isTrue();
    }
}
