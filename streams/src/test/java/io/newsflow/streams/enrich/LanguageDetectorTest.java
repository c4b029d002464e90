package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    private LanguageDetector.Guess detect(String text) {
        return detector.detect(List.of(Paragraph.of(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The minister said that the government would not change its plans before the end of the year, and that it was up to the parliament.",
        "de|Die Regierung hat am Montag beschlossen, dass die Preise für Strom und Gas im nächsten Jahr nicht weiter steigen sollen, sagte der Minister.",
        "fr|Le gouvernement a annoncé lundi que les prix de l'énergie ne vont pas augmenter cette année, a déclaré le ministre devant les députés.",
        "es|El gobierno anunció el lunes que los precios de la energía no van a subir este año, según dijo el ministro ante los diputados.",
        "nl|De regering heeft maandag besloten dat de prijzen voor stroom en gas volgend jaar niet verder mogen stijgen, zei de minister tegen de Kamer."})
    void shouldDetectLanguageWhenTextHasFunctionWords(String expected, String text) {
        LanguageDetector.Guess guess = detect(text);
        assertThat(guess.language()).isEqualTo(expected);
        assertThat(guess.confidence()).isBetween(0.3, 1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "a" and "selon" are not on Snowball's French list, "la", "de" and "a" are on Spanish's
        "fr|La métropole de Nantes a voté samedi le financement de la ligne de tramway vers l'aéroport, selon la présidente.",
        "fr|Le Parlement a adopté dimanche un budget en hausse. L'opposition s'est abstenue, le texte prévoit l'achat de frégates.",
        "es|La ciudad aprobó el sábado la financiación de la línea de tranvía hacia el aeropuerto, según la alcaldesa.",
        "pl|Koncern podpisał w niedzielę umowę na budowę farmy wiatrowej, która ma zapewnić energię dla miliona domów."})
    void shouldTellCloseLanguagesApartWhenAShortTextSharesTheirArticles(String expected, String text) {
        assertThat(detect(text).language()).isEqualTo(expected);
    }

    @Test
    void shouldReturnNoLanguageWhenTextIsTooShort() {
        assertThat(detect("Brussels ASML 2024").language()).isNull();
        assertThat(detect("").confidence()).isZero();
    }
}
