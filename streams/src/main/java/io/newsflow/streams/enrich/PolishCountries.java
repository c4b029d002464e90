package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.Map;

/**
 * Polish names a few countries in the plural, and their cases are irregular: the genitive loses or gains a vowel
 * ("z Niemiec", "z Węgier": Niemcy, Węgry), the locative changes the stem's last consonant ("w Niemczech", "we
 * Włoszech", "na Węgrzech"). {@link PolishForms}' endings cannot give these back (they made "w Chinach" "Chine" and left
 * "z Chin" a body), so the forms are listed, each with its nominative, the name the JDK's Polish locale data gives.
 */
final class PolishCountries {

    private static final Map<String, String> NOMINATIVES = new HashMap<>();

    static {
        add("Niemcy", "niemiec", "niemcom", "niemcami", "niemczech");
        add("Włochy", "włoch", "włochom", "włochami", "włoszech");
        add("Chiny", "chin", "chinom", "chinami", "chinach");
        add("Węgry", "węgier", "węgrom", "węgrami", "węgrzech");
        add("Czechy", "czech", "czechom", "czechami", "czechach");
        add("Indie", "indii", "indiom", "indiami", "indiach");
        add("Filipiny", "filipin", "filipinom", "filipinami", "filipinach");
    }

    private PolishCountries() {
    }

    private static void add(String nominative, String... forms) {
        for (String form : forms) {
            NOMINATIVES.put(form, nominative);
        }
    }

    /** The country's nominative for a plural country's case form ("Chin": Chiny), or null. */
    static Word nominative(Word word) {
        String nominative = NOMINATIVES.get(word.lower());
        return nominative == null || !word.capitalised() ? null : Word.of(nominative);
    }
}
