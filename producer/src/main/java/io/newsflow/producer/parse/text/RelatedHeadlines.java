package io.newsflow.producer.parse.text;

/**
 * The headlines of other stories under a "related" label ("Mehr zum Thema", "Read more"): other articles, not this
 * one's headings. They follow the label in its block or the next one and end with their block; or, closing the
 * page, each stands alone in its own block, one headline a block, up to the page's furniture or its end.
 */
final class RelatedHeadlines {

    private RelatedHeadlines() {
    }

    /** The index of the last line of the related block that the label at line {@code label} opens. */
    static int blockEnd(PageLines lines, int label) {
        int i = label;
        for (int linked = 0; linked < LinkBlocks.MAX_LINKED_HEADLINES && i + 1 < lines.size()
                && (i == label || lines.sameBlock(i, i + 1))
                && LinkBlocks.isLinkedHeadline(lines.get(i + 1)); linked++) {
            i++;
        }
        return i == label + 1 && alone(lines, i) ? apart(lines, i) : i;
    }

    /**
     * "Read more" / "Lebanon's parliament to debate ..." / "Port of Beirut reopens ..." / "Subscribe to our newsletter":
     * after the first headline, alone in its block, more headlines each alone in theirs; taken only when nothing but
     * furniture or another label follows them, so that a story's subheading after a related box stays in the story.
     */
    private static int apart(PageLines lines, int first) {
        int i = first;
        for (int linked = 1; linked < LinkBlocks.MAX_LINKED_HEADLINES && i + 1 < lines.size()
                && LinkBlocks.isLinkedHeadline(lines.get(i + 1)) && alone(lines, i + 1) && !closing(lines, i + 1); linked++) {
            i++;
        }
        return i > first && (i + 1 >= lines.size() || closing(lines, i + 1)) ? i : first;
    }

    /** Line i is a block of its own. */
    private static boolean alone(PageLines lines, int i) {
        return (i == 0 || !lines.sameBlock(i - 1, i)) && (i + 1 >= lines.size() || !lines.sameBlock(i, i + 1));
    }

    /** Line i is furniture or a label that closes the story's text ("Subscribe to our newsletter", "Tags"). */
    private static boolean closing(PageLines lines, int i) {
        String line = lines.get(i);
        return lines.isJunk(i) || LinkBlocks.isRelatedLabel(line) || LinkBlocks.isTagLabel(line)
                || PleaLabels.isSupportLabel(line);
    }
}
