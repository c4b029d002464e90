package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese news page's meta line, its parts labelled with a colon and parted by spaces: "2026-12-06 10:30 来源：新华社
 * 作者：王伟", "发布时间：2026-12-06 来源：人民网 责任编辑：李娜", in Simplified or Traditional characters. The writers ("作者",
 * "记者", "通讯员"), the source the copy came from ("来源", an agency or another paper: the story's outlet, as an agency's
 * credit is) and the date; an editor's label ("编辑", "责任编辑") names no writer, though its line is no text of the story.
 * {@link BylineDetector#standalone} asks here first.
 */
final class ChineseMetaLines {
    private static final String WRITERS = "作者|记者|記者|通讯员|通訊員";
    private static final String SOURCES = "来源|來源|稿源";
    private static final String DATES = "发布时间|發布時間|發佈時間|时间|時間|日期|发布日期|發布日期";
    private static final String EDITORS = "责任编辑|責任編輯|编辑|編輯|责编|責編";
    private static final String LABELS = WRITERS + "|" + SOURCES + "|" + DATES + "|" + EDITORS;
    /** Where a labelled part begins: after a space, at its label and colon. */
    private static final Pattern PARTS = Pattern.compile("\\s+(?=(?:" + LABELS + ")\\s*[：:])");
    private static final Pattern LABELLED = Pattern.compile("^(" + LABELS + ")\\s*[：:]\\s*(\\S.{0,40})$");
    // compiled once: standalone() asks every line of every page here, and String.matches compiles its pattern each call
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WRITER = Pattern.compile(WRITERS);
    private static final Pattern SOURCE = Pattern.compile(SOURCES);
    private static final Pattern DATE = Pattern.compile(DATES);
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,]+");
    private static final int MAX_LINE = 120;

    private ChineseMetaLines() {
    }

    /** The line's writers, source and date, when every part of it is a labelled part or a date; else empty. */
    static Optional<Byline> read(String line) {
        String text = line.strip();
        if (text.length() > MAX_LINE || !HAN.matcher(text).find()) {
            return Optional.empty();
        }
        List<String> writers = new ArrayList<>();
        String source = null;
        DateExtractor.FoundDate date = null;
        boolean labelled = false;
        for (String part : PARTS.split(text)) {
            Matcher m = LABELLED.matcher(part.strip());
            if (!m.matches()) {
                Optional<DateExtractor.FoundDate> alone = DateExtractor.find(part);
                if (alone.isEmpty() || date != null || part.strip().length() > alone.get().text().length() + 2) {
                    return Optional.empty(); // (a part neither labelled nor a date: a sentence, no meta line)
                }
                date = alone.get();
                continue;
            }
            labelled = true;
            String label = m.group(1);
            String value = m.group(2).strip();
            if (WRITER.matcher(label).matches()) {
                writers.addAll(names(value));
            } else if (SOURCE.matcher(label).matches()) {
                source = value;
            } else if (DATE.matcher(label).matches()) {
                date = DateExtractor.find(value).orElse(date);
            }
        }
        return labelled ? Optional.of(new Byline(List.copyOf(writers), source, date, null)) : Optional.empty();
    }

    /** "王伟", "王伟 李娜", "王伟、李娜": names of two to four characters, or names in Latin letters ("Li Na"). */
    private static List<String> names(String value) {
        List<String> han = List.of(NAME_SEPARATORS.split(value));
        return han.stream().allMatch(n -> HAN_NAME.matcher(n).matches()) ? han : PersonNames.split(value);
    }
}
