package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into logical lines: normalises line breaks, non-breaking and zero-width spaces
 * and trailing whitespace, drops blank lines, and re-joins hard-wrapped paragraphs (a blank-line
 * separated group whose lines all break at 40-100 characters, mostly mid-sentence: {@link HardWrappedLines}), while
 * keeping a very long single-line paragraph as it is.
 */
public final class TextLines {
    // compiled once: String.replaceAll/matches compile their pattern on every call (a tenth of parsing time)
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\t]");
    // a zero-width space or word joiner, not the joiners that shape letters (U+200C, U+200D: Persian's "می‌خواهد",
    // Sinhala's "ව්‍යාපාර"), which are part of the word
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u2060]");
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");
    /** Emoji and flags opening or closing a line ("🔴 Headline", "Baltic Wire 🇱🇻", "👀 12.4K"): no text of the story. */
    private static final Pattern EDGE_EMOJI = Pattern.compile("^[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\x{200D}\\x{2B50}\\x{2B55}]+\\s*"
            + "|\\s*[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\x{200D}\\x{2B50}\\x{2B55}]+$");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,2}([^*\\s][^*]*?)\\*{1,2}");
    private static final Pattern WRAPPED = Pattern.compile("^(\\*{1,2}|_{1,2})(\\S.*\\S)\\1$");
    /** Markdown's links ("[Westhaven](https://...)"), quotes ("> ") and rules ("---", "***"). */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]{1,200})\\]\\((?:https?://|/)[^)\\s]*\\)");
    /** A linked image, a logo ("[![Baltic Harbour News](.../logo.svg)](https://...)"), is its text; any other, none; a bullet. */
    private static final Pattern LINKED_IMAGE = Pattern.compile("\\[!\\[([^\\]]{0,200})\\]\\([^)\\s]*\\)\\]\\((?:https?://|/)[^)\\s]*\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,300}\\]\\([^)\\s]*\\)");
    private static final Pattern BULLET = Pattern.compile("^[*+]\\s+"); // ("*   [News](...)")
    private static final Pattern QUOTE_MARK = Pattern.compile("^>\\s+");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?iu)(?:texto|textos|text|fotografias?|fotografía|fotos?|photos?"
            + "|photography|bild|imagem|author|autor|auteur)\\s*:?");
    /** A blog's categories' label alone on its line, the categories on the next. */
    private static final Pattern CATEGORY_LABEL = Pattern.compile("(?iu)(?:categories|category|filed under|posted in)\\s*:?");
    /** A date's label alone on its line, the date on the next: "Actualizado:" / "05 Dic 2026 - 08:10". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)(?:publicad[oa]|actualizad[oa]|atualizada|modificad[oa]|creado|fecha|published|updated|posted|"
            + "created|date|publié|mis à jour|modifié|veröffentlicht|aktualisiert|stand|datum|pubblicato|aggiornato|gepubliceerd|"
            + "bijgewerkt|atualizado|opublikowano|zaktualizowano)\\s*:?");
    /** A date's label that a scrape glued to the date: "Published5 Dec 2026, 10:34 AM IST" (Mint's). */
    private static final Pattern GLUED_DATE_LABEL = Pattern.compile("(?iu)^(published|updated|posted|publicado|actualizado|publié)(?=\\d)");
    /** A byline's word alone on its line, the writer's name on the next: "Por" / "Camila Rojas". */
    private static final Pattern BYLINE_WORD = Pattern.compile("(?iu)(?:by|authored by|written by|por|par|von|door|di|av|af|przez)");

    private TextLines() {
    }

    /** The text with line breaks, odd spaces, a byte-order mark and a circled c for the copyright sign ("ⓒ") normalised. */
    public static String normalise(String text) {
        return text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').replace('ⓒ', '©').replace('Ⓒ', '©')
                .transform(t -> ZERO_WIDTH.matcher(ODD_SPACES.matcher(t).replaceAll(" ")).replaceAll(""));
    }

    /** The logical, non-blank lines of the text, whitespace-normalised. */
    public static List<String> logicalLines(String text) {
        return groups(text).stream().flatMap(List::stream).toList();
    }

    /** The logical lines grouped as the text groups them: runs of lines between blank lines. */
    public static List<List<String>> groups(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String raw : normalise(text).split("\n", -1)) {
            String line = withoutDanglingBar(stripMarkdown(SPACE_RUNS.matcher(ColumnGaps.asBars(EDGE_EMOJI.matcher(raw.strip()).replaceAll(""), out.isEmpty() && (group.size() == 1 || group.size() == 2))).replaceAll(" ")));
            line = GLUED_DATE_LABEL.matcher(line).replaceFirst("$1 ");
            if (line.isEmpty()) {
                flush(group, out);
            } else {
                group.add(line);
            }
        }
        flush(group, out);
        return out;
    }

    /**
     * Markdown: {@code ## Heading}, {@code *emphasis*}, {@code **strong**}, a line wrapped in {@code _}, {@code > quotes},
     * {@code * items} and {@code [links](url)} lose the markup; a linked image is its text; other images, rules, dropped.
     */
    static String stripMarkdown(String line) {
        String out = RULE.matcher(line).matches() ? "" : line;
        out = IMAGE.matcher(LINKED_IMAGE.matcher(BULLET.matcher(out).replaceFirst("")).replaceAll("$1")).replaceAll("").strip();
        out = EMPHASIS.matcher(HEADING_MARK.matcher(QUOTE_MARK.matcher(out).replaceFirst("")).replaceFirst("")).replaceAll("$1");
        out = LINK.matcher(out).replaceAll("$1");
        java.util.regex.Matcher wrapped = WRAPPED.matcher(out);
        return wrapped.matches() ? wrapped.group(2) : out;
    }

    private static void flush(List<String> group, List<List<String>> out) {
        List<String> block = group.isEmpty() ? List.of() : HardWrappedLines.isHardWrapped(group) ? List.of(HardWrappedLines.joinWrapped(group)) : labelsJoined(group);
        // (a line alone, then again alone right after: a page's title set twice, as the window's and as the headline)
        if (!block.isEmpty() && (block.size() > 1 || out.isEmpty() || !block.equals(out.get(out.size() - 1)))) {
            out.add(block);
        }
        group.clear();
    }

    /**
     * "Texto" / "Rita Dinis", "Fotografia" / "Tiago Petinga/Lusa": a writer's or photographer's label alone on its line
     * labels the next, to which it is joined ("Texto: Rita Dinis"), as bylines and credits write it on one line; so does a
     * byline's word alone ("Por" / "Camila Rojas" is "Por Camila Rojas"), and a date's label ("Actualizado:" / "05 Dic 2026").
     * A writer's initials over the name, standing in for a photo ("LB" / "Larissa Bastos"), are dropped.
     */
    private static List<String> labelsJoined(List<String> group) {
        List<String> out = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            // (not a name over a menu: "BILD" / "Politik" is the site's name over its first section; nor a menu's "Photos" over
            // its button: "Donate")
            boolean label = i + 1 < group.size() && (CREDIT_LABEL.matcher(group.get(i)).matches() && !SectionNames.isSection(group.get(i + 1))
                    && !JunkLineDetector.isJunk(group.get(i + 1))
                    || DATE_LABEL.matcher(group.get(i)).matches() && DateExtractor.find(group.get(i + 1)).isPresent()
                    || CATEGORY_LABEL.matcher(group.get(i)).matches() && !JunkLineDetector.isJunk(group.get(i + 1)) && (i + 2 == group.size() || group.get(i + 1).contains(","))); // ("Filed Under:" / "Corporate News, ..."; over a tag a line, a tag list)
            boolean byline = !label && i + 1 < group.size() && BYLINE_WORD.matcher(group.get(i)).matches()
                    && PersonNames.isName(group.get(i + 1)); // (a name with a role under "By" is read as it stands)
            if (i + 1 < group.size() && EditorsInitials.avatarOver(group.get(i), group.get(i + 1))) {
                continue; // "LB" / "Larissa Bastos": the writer's initials, standing in for a photo, over the name
            }
            out.add(label ? group.get(i).replaceFirst("\\s*:$", "") + ": " + group.get(++i) : byline ? group.get(i) + " " + group.get(++i) : group.get(i));
        }
        return List.copyOf(out);
    }

    /** "Ilyda Chua |": a bar left at a line's end, what stood beside it moved to the next line, is dropped (one bar only). */
    private static String withoutDanglingBar(String line) {
        int bar = line.indexOf('|');
        return bar > 0 && bar == line.length() - 1 && line.charAt(bar - 1) == ' ' ? line.substring(0, bar).strip() : line;
    }}
