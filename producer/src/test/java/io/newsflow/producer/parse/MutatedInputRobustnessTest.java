package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.RejectionReason;

/**
 * Pages as scrapers really deliver them are the corpus pages broken in the ways scraping breaks
 * them: lines lost, doubled, swapped or cut off; stray furniture, dashes, bullets, emoji, markup,
 * non-breaking spaces and CRLF put in (a lone surrogate reaches the parser as the encoder's '?');
 * a line in capitals or repeated fifty times; the top or the bottom of the page gone; lines of
 * another page pasted in. For 500 such pages (seeded, so a failure replays; a quarter parsed
 * twice) the parser must answer every one with an article or a rejection that names what is
 * wrong, never with the catch-all that a parser bug ends in ({@link RejectionReason#UNKNOWN}),
 * and it must answer the same way twice. The HTML, JSON and feed pages of the corpus are broken
 * line by line too: they may be rejected as malformed, but not by a parser failure.
 */
class MutatedInputRobustnessTest {

    private static final long SEED = 20261130L;
    private static final int PAGES = 500;
    private static final String[] STRAYS = {"", " ", "\t", "\u00A0", "\u2014", "-", "...", "By", "By ,", "By and",
        "Updated", "|", "\u2022", "\"", "\u201C", "(AP) \u2014", ",", ":", "Advertisement", "\r", "\u200B", "BREAKING",
        "Photo: ", "Share", "1", "2024", "Mar 3, 2025", "https://example.org/a", "\u00A9 2025", "###", "*", "'", "A",
        "\u00DC", "\uD83D\uDE00", "\uD800", "(", ")", "[", "]", "<p>", "</div>", "{", "}", "&amp;", "<![CDATA["};

    private final ArticleParser parser = new ArticleParser();

    @Test
    void shouldAnswerEveryBrokenPageWithAnArticleOrANamedRejectionWhenScrapingMangledIt() throws IOException {
        List<Path> pages = corpusPages();
        List<String> texts = new ArrayList<>();
        for (Path p : pages) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        Random random = new Random(SEED);
        int articles = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < PAGES; n++) {
            int page = random.nextInt(pages.size());
            String origin = "mutated-" + n + "-of-" + pages.get(page).getFileName();
            String broken = mutate(texts.get(page), random, texts);
            List<ParseOutcome> outcomes = parse(broken, origin);
            for (ParseOutcome outcome : outcomes) {
                if (outcome instanceof ParseOutcome.Rejected r && r.rejection().code() == RejectionReason.UNKNOWN) {
                    failures.add(origin + ": " + r.rejection().reason());
                } else if (outcome instanceof ParseOutcome.Rejected r) {
                    assertThat(r.rejection().reason()).as(origin).isNotBlank();
                } else {
                    articles++;
                }
            }
            if (n % 4 == 0) {
                assertThat(parse(broken, origin)).as("the same answer twice for %s", origin).isEqualTo(outcomes);
            }
        }
        assertThat(failures).as("parser failures").isEmpty();
        // most broken pages still are articles: the mutations break a page, they do not erase it
        assertThat(articles).isGreaterThan(PAGES / 2);
    }

    private List<ParseOutcome> parse(String text, String origin) {
        return parser.parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), origin, null,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** One to six of the ways scraping breaks a page, applied to its lines. */
    static String mutate(String page, Random random, List<String> others) {
        List<String> lines = new ArrayList<>(Arrays.asList(page.split("\n", -1)));
        int operations = 1 + random.nextInt(6);
        for (int k = 0; k < operations && !lines.isEmpty(); k++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
            switch (random.nextInt(12)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(random.nextInt(lines.size())));
                case 2 -> swap(lines, i, random.nextInt(lines.size()));
                case 3 -> lines.set(i, line.substring(0, cut));
                case 4 -> lines.set(i, line.substring(0, cut) + stray(random) + line.substring(cut));
                case 5 -> lines.add(i, stray(random));
                case 6 -> lines.set(i, line.toUpperCase(java.util.Locale.ROOT));
                case 7 -> lines.addAll(i, pasted(others.get(random.nextInt(others.size())), random));
                case 8 -> lines = new ArrayList<>(lines.subList(0, i));
                case 9 -> lines = new ArrayList<>(lines.subList(i, lines.size()));
                case 10 -> lines.set(i, line.repeat(1 + random.nextInt(50)));
                default -> lines.set(i, line.replace(' ', random.nextBoolean() ? '\u00A0' : '\t'));
            }
        }
        return String.join(random.nextInt(5) == 0 ? "\r\n" : "\n", lines);
    }

    private static String stray(Random random) {
        return STRAYS[random.nextInt(STRAYS.length)];
    }

    private static void swap(List<String> lines, int a, int b) {
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
    }

    /** One to five consecutive lines of another page. */
    private static List<String> pasted(String other, Random random) {
        List<String> lines = Arrays.asList(other.split("\n"));
        int from = random.nextInt(lines.size());
        return lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(5)));
    }

    private static List<Path> corpusPages() {
        try (Stream<Path> files = Files.list(Path.of(MutatedInputRobustnessTest.class.getResource("/corpus").toURI()))) {
            // (a PDF or a Word file is bytes, not a page of text to mangle line by line: PdfFilesAndCaselessScriptsShapesTest
            // breaks a PDF, OfficeFilesAndEastAsianPortalsShapesTest reads a ZIP archive without its text)
            return files.filter(p -> !p.getFileName().toString().startsWith("labels") && !p.getFileName().toString().matches(".*\\.(?:pdf|docx|odt)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
