package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One synthetic article before it is rendered as the plain text a scraper would save: headline,
 * breadcrumb, date line, standfirst, byline, paragraphs and headings, signature.
 */
record Draft(String title, String section, String outlet, SyntheticCorpus.Cast cast, String lead,
             List<String> paragraphs, int day, int month) {

    /** Words changed in a near copy: few enough that it stays a near duplicate. */
    private static final int NEAR_COPY_EDITS = 4;

    /** The same body under another headline, as a syndicated copy is. */
    Draft exactCopy(SplittableRandom random) {
        String headline = "Update: " + title + " " + SyntheticCorpus.pick(random, CorpusVocabulary.WORDS);
        return new Draft(headline, section, outlet, cast, lead, paragraphs, day, month);
    }

    /** Another outlet's copy with a few words of the body changed. */
    Draft nearCopy(SplittableRandom random) {
        List<String> edited = new ArrayList<>(paragraphs);
        for (int edit = 0; edit < NEAR_COPY_EDITS; edit++) {
            int index = random.nextInt(edited.size());
            String[] words = edited.get(index).split(" ");
            if (words.length > 4) {
                words[1 + random.nextInt(words.length - 2)] = SyntheticCorpus.pick(random, CorpusVocabulary.WORDS);
                edited.set(index, String.join(" ", words));
            }
        }
        String otherOutlet = SyntheticCorpus.pick(random, CorpusVocabulary.OUTLETS);
        return new Draft(title, section, otherOutlet, cast, lead, edited, day, month);
    }

    /** The article as plain text. */
    String render() {
        StringBuilder text = new StringBuilder(lead.length() + paragraphs.size() * 400);
        text.append(title).append("\n\n");
        text.append("Home / ").append(section).append(" / ").append(title).append('\n');
        text.append(String.format("Published %02d.%02d.2025 09:%02d%n", day, month, (day * 7) % 60));
        text.append(lead).append("\n\n");
        String byline = cast.people().get(0);
        String[] name = byline.split(" ");
        text.append(name[0]).append(' ').append(name[1].toUpperCase(java.util.Locale.ROOT)).append(", ").append(outlet).append(": ");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        text.append(outlet).append('\n');
        return text.toString();
    }
}
