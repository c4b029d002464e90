package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Pages in North America's syllabaries, probed after the session's rounds: Cherokee, whose syllabary Unicode files as
 * capitals (so a masthead and a section in it were "natural-cased" into its small letters, which its pages do not use),
 * and Inuktitut in syllabics and Amazigh in Tifinagh, whose months were not read.
 */
class CherokeeInuktitutAndTifinaghPagesShapesTest {

    @Test
    void shouldKeepCherokeeAsWrittenWhereShoutedTextIsRecased() {
        Article a = parse("ᏣᎳᎩ ᏧᎴᎯᏌᏅᎯ\nᎧᏃᎮᏛ  ᏗᏕᎶᏆᏍᏗ  ᏗᏂᏲᏟ  ᎠᏂᏐᏈᎵ\nᏗᏕᎶᏆᏍᏗ\nᏔᎵᏍᎪ ᎢᏯᏂ ᏗᏂᏲᏟ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏕᎶᏆᏍᎬ\nBy Lindsey Bark\n"
                + "December 7, 2026\n\nᏔᎵᏍᎪ ᎢᏯᏂ ᏗᏂᏲᏟ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏕᎶᏆᏍᎬ ᏓᎵᏆ ᏗᏕᎶᏆᏍᏗᏱ.\n\nᎯᎠ ᏗᏕᎶᏆᏍᏗ ᏌᏊ ᏧᏕᏘᏴᏓ ᎤᏍᏆᏛ.\n");
        assertThat(a.getSource()).isEqualTo("ᏣᎳᎩ ᏧᎴᎯᏌᏅᎯ");
        assertThat(a.getSection()).isEqualTo("ᏗᏕᎶᏆᏍᏗ");
        assertThat(a.getTitle()).isEqualTo("ᏔᎵᏍᎪ ᎢᏯᏂ ᏗᏂᏲᏟ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏕᎶᏆᏍᎬ");
        assertThat(a.getAuthors()).containsExactly("Lindsey Bark");
    }

    @Test
    void shouldReadInuktitutMonthsInSyllabics() {
        Article a = parse("ᐃᖃᓗᐃᓂ ᐋᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ ᒪᑐᐃᖅᑕᐅᔪᖅ\nᑎᓯᐱᕆ 7, 2026\n\nᐃᖃᓗᐃᓂ ᐋᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ ᒪᑐᐃᖅᑕᐅᔪᖅ ᐅᓪᓗᒥ.\n\nᐋᓐᓂᐊᕐᕕᒃ 40 ᓯᓂᒃᑕᕐᕕᖃᖅᐳᖅ.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void shouldReadAmazighMonthsInTifinagh() {
        Article a = parse("ⴰⵙⵙⵉⵔⵎ ⴰⵎⴰⵢⵏⵓ ⴳ ⵜⵎⴷⵉⵏⵜ ⵏ ⴰⴳⴰⴷⵉⵔ\n7 ⴷⵓⵊⴰⵏⴱⵉⵔ 2026\n\nⵜⵜⵓⵔⵥⵎ ⴰⵙⵙⵉⵔⵎ ⴰⵎⴰⵢⵏⵓ ⴳ ⵜⵎⴷⵉⵏⵜ ⵏ ⴰⴳⴰⴷⵉⵔ ⴰⵙⵙⴰ.\n\n"
                + "ⴰⵙⵙⵉⵔⵎ ⴰⴷ ⵉⵍⴰ 300 ⵏ ⵜⵃⴰⵏⵓⵜⵉⵏ.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }
}
