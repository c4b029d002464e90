package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirty-sixth held-out round (x1449-x1454), on other inputs: a content object as
 * Ibexa DXP's REST API gives it (its rich text DocBook XML); an outlet's byline naming the masthead without its glued
 * prefix ("REPUBLICA" of "myRepublica") or its country ("Frontier" of "Frontier Myanmar"); "Staff Report" where a
 * byline stands; a paper's boast under its name ("The Outspoken Daily"); a newsletter box.
 */
class IbexaContentsAndSouthAsianPagesShapesTest {

    @Test
    void shouldReadAnIbexaContentObjectsFieldsAndDocBookText() {
        String para = BODY.replace("\n\n", "</para><para>");
        Article a = file("{\"Content\": {\"_id\": 57, \"Name\": \"Old bridge closes to cars\", \"publishedDate\": \"2026-12-05T10:15:00+01:00\","
                + " \"CurrentVersion\": {\"Version\": {\"Fields\": {\"field\": [{\"fieldDefinitionIdentifier\": \"body\", \"fieldValue\":"
                + " {\"xml\": \"<?xml version=\\\"1.0\\\"?><section xmlns=\\\"http://docbook.org/ns/docbook\\\"><para>" + para
                + "</para></section>\"}}, {\"fieldDefinitionIdentifier\": \"author\", \"fieldValue\": [{\"id\": \"1\", \"name\": \"Ana Ruiz\","
                + " \"email\": \"ana@valley.example\"}]}, {\"fieldDefinitionIdentifier\": \"tags\", \"fieldValue\": {\"taxonomy_entries\":"
                + " [{\"id\": 3, \"name\": \"Transport\"}]}}]}}}}}", "content.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T09:15:00Z"));
        assertThat(allText(a)).contains("split the town").doesNotContain("docbook").doesNotContain("xml");
    }

    @Test
    void shouldKeepTheMastheadWhenTheBylineDropsItsGluedPrefix() {
        Article a = parse("myValley\nThe Daily Partner\n\nHome  Politics  Economy  Society\n\nOld bridge closes to cars\n\nBy VALLEY\n\n"
                + "December 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("myValley");
    }

    @Test
    void shouldKeepTheMastheadWhenTheBylineDropsItsCountry() {
        Article a = parse("Horizon Kenya\nIndependent journalism from Kenya\n\nNews   Analysis   Features   Business\n\nOld bridge closes to cars\n\n"
                + "By Horizon\n05 December 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Horizon Kenya");
    }

    @Test
    void shouldReadAPapersBoastAsItsTaglineAndStaffReportAsItsDesk() {
        Article a = parse("Valley Age\nThe Outspoken Daily\n\nHome | National | Business | Sports\n\nOld bridge closes to cars\n\nStaff Report\n\n"
                + "December 5, 2026\n\n" + BODY + "\n\nWant stories like this in your inbox?\nSign up to exclusive daily email");
        assertThat(a.getSource()).isEqualTo("Valley Age");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("Staff Report").doesNotContain("inbox").doesNotContain("Sign up");
    }
}
