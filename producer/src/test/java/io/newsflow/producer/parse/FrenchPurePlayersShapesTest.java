package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-sixth held-out round (x1989-x1994), French online-only newsrooms: a logo in
 * lower case with "!" ("basta!") over a menu of French desks ("Écologie", "Enquêtes"), the genre "Décryptage" (an
 * analysis) and what such a newsroom says of itself and asks of its readers ("... est un journal indépendant, financé
 * par ses abonnés.", "Soutenez basta! Faites un don."); and three of its five misses, read later: a city of the
 * menu over the kind as the section, a writer with the site's name in brackets under the name over its tagline.
 */
class FrenchPurePlayersShapesTest {
    private static final String STORY = "Depuis septembre, trois lignes de car ne desservent plus les villages.\n\n"
            + "La région invoque un manque de voyageurs.\n\n";

    @Test
    void shouldReadALowerCaseLogoWithAnExclamationMarkOverAMenuOfFrenchDesks() {
        Article a = parse("allez!\nInégalités  Écologie  Résister  Alternatives  Enquêtes\nÉcologie\n"
                + "Dans les Cévennes, la fermeture des lignes de car isole les villages\npar Jeanne Roux\n4 décembre 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("allez!");
        assertThat(a.getSection()).isEqualTo("Écologie");
    }

    @Test
    void shouldReadDecryptageAsAnAnalysis() {
        Article a = parse("Décryptage\nPourquoi le téléphérique de l'Ouest lyonnais est enterré\nPar Jeanne Roux\n4 décembre 2026\n\n" + STORY);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
    }

    @Test
    void shouldReadACityOfTheMenuOverTheKindAsTheSection() { // (left in its round, read later)
        Article a = parse("Rue Libre\nLille  Lyon  Nantes  Toulouse  Enquêtes  Décryptages\nLyon\nDécryptage\n"
                + "Pourquoi le téléphérique de l'Ouest lyonnais est enterré\nPar Jeanne Roux\n4 décembre 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Lyon");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
    }

    @Test
    void shouldReadANameOverItsTaglineAndMenuAndAWriterWithTheSitesNameInBrackets() { // (left in its round, read later)
        Article a = parse("Terre Vive\nLe média de l'écologie\nClimat  Biodiversité  Luttes  Alternatives  Enquêtes  Faire un don\n"
                + "Transports\nLes trains de nuit Paris-Berlin reviennent\n4 décembre 2026 à 09h30\nJeanne Roux (Terre Vive)\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Terre Vive");
        assertThat(a.getAuthors()).containsExactly("Jeanne Roux");
        assertThat(a.getLead()).startsWith("Depuis septembre");
    }

    @Test
    void shouldDropAFrenchNewsroomsStatementAndPleaClosingTheText() {
        Article a = parse("Le métro roulera jusqu'à 1 h du matin le week-end\nPar Jeanne Roux\n4 décembre 2026\n\n" + STORY
                + "Marseille Libre est un journal indépendant, financé par ses abonnés.\n\nSoutenez Marseille Libre ! Faites un don.\n");
        assertThat(allText(a)).contains("manque de voyageurs").doesNotContain("journal indépendant", "Faites un don");
    }
}
