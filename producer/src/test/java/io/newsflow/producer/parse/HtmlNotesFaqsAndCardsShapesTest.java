package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-fourth held-out round (x2635-x2640), HTML pages built around their markup:
 * an old theme's h2 headline under the blog's h1, a table of contents over an explainer's list, a FAQ in details
 * elements, footnotes and references, an old CMS's divs and line breaks, a LinkedIn article. Missed: the FAQ's questions
 * (lost), footnote marks glued to the words, the references kept as text, a kicker over a headline in a div, the writer's
 * post in their card kept as a heading.
 */
class HtmlNotesFaqsAndCardsShapesTest {
    private static final String TEXT = "<p>Fares on Dublin Bus, Luas and DART change from January 1, and the city zone grows to take in "
            + "the commuter towns of north County Dublin.</p>";

    private static Article page(String body) {
        return file("<html><head><title>Dublin bus fares - Liffey Post</title></head><body><article><h1>Your questions on the new "
                + "Dublin bus fares answered</h1><div class=\"article-body\">" + TEXT + body + "</div></article></body></html>", "faq.html");
    }

    @Test
    void shouldKeepAFaqsQuestionsAsHeadingsOverTheirAnswers() {
        Article a = page("<details><summary>How much will a single journey cost?</summary><p>A single adult fare within the city zone "
                + "will be €2, down from €2.30.</p></details><details><summary>Do children still travel free?</summary><p>Children "
                + "under nine travel free.</p></details>");
        assertThat(allText(a)).contains("How much will a single journey cost?", "Do children still travel free?", "€2, down from €2.30");
    }

    @Test
    void shouldLeaveOutATableOfContentsOrACodeBlocksSummary() {
        Article a = page("<details><summary>Table of Contents</summary><ul><li><a href=\"#a\">Fares</a></li></ul></details>"
                + "<details><summary>Code</summary><pre>print(1)</pre></details><p>The NTA will review the zones in 2028.</p>");
        assertThat(allText(a)).contains("review the zones").doesNotContain("Table of Contents", "Code");
    }

    @Test
    void shouldDropFootnoteMarksAndTheReferencesUnderTheText() {
        Article a = page("<p>The shift tracks a rise of about 1.1°C at the survey sites.<sup><a href=\"#fn2\">2</a></sup></p>"
                + "<h3>References</h3><ol class=\"footnotes\"><li id=\"fn2\">Murray–Darling Basin Authority (2025). River temperature "
                + "monitoring report.</li></ol>");
        assertThat(allText(a)).contains("at the survey sites.").doesNotContain("sites.2", "References", "monitoring report");
    }

    @Test
    void shouldLeaveTheWritersPostInTheirCardOutOfTheText() {
        Article a = file("<html><head><title>Why small ports need shared cranes</title></head><body><article><h1>Why small ports need "
                + "shared cranes</h1><div class=\"publisher-author-card\"><h3 class=\"author-name\">Kofi Asante</h3><h4 class=\"author-headline\">"
                + "Port operations manager at Takoradi Terminals</h4></div>" + TEXT + "<p>A pool of cranes shared between Takoradi, Lomé and "
                + "Cotonou would cut the waiting by half.</p></article></body></html>", "pulse.html");
        assertThat(a.getAuthors()).containsExactly("Kofi Asante");
        assertThat(allText(a)).doesNotContain("Port operations manager");
    }

    @Test
    void shouldTakeAKickerOverAHeadlineInADivAsTheSection() {
        Article a = file("<html><head><title>Cuenca reabre el puente de San Pablo - La Voz del Júcar</title></head><body><div id=\"noticia\">"
                + "<div class=\"antetitulo\">Cuenca</div><div class=\"titulo\">Cuenca reabre el puente de San Pablo</div><div class=\"texto\">"
                + "<p>El Ayuntamiento de Cuenca ha reabierto este sábado el puente de San Pablo, que estaba cerrado desde marzo.</p><p>La "
                + "restauración ha costado algo más de un millón de euros, financiados con fondos europeos.</p></div></div></body></html>", "n.html");
        assertThat(a.getSection()).isEqualTo("Cuenca");
    }
}
