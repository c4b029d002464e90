package io.newsflow.producer.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as the plain-text parser reads a page: PDFBox's text stripper finds the lines in reading order, and this
 * class joins the lines that share a font size and stand a line's height apart into one block ("Baltic Rail Link signs
 * contract for the Pärnu" / "freight terminal", a headline set over two lines), with a blank line between blocks and
 * between pages. A word broken by a hyphen at a line's end is joined again when the line after goes on in lower case.
 */
final class PdfText extends PDFTextStripper {

    /** One printed line: its text, its largest font size, its baseline from the page's top, its page. */
    private record Line(String text, float size, float baseline, int page) {
    }

    /** Lines further apart than this many times their font size start a new block. */
    private static final float BLOCK_GAP = 1.6f;
    private static final float SAME_SIZE = 0.6f;

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float size;
    private float baseline;

    private PdfText() throws IOException {
        setSortByPosition(true);
    }

    /** The document's text in blocks, blank lines between them; empty when it has no text layer (a scan). */
    static String of(PDDocument document) throws IOException {
        PdfText stripper = new PdfText();
        stripper.getText(document);
        stripper.endLine();
        return stripper.blocks();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        current.append(text);
        for (TextPosition p : positions) {
            size = Math.max(size, p.getFontSizeInPt());
            baseline = p.getYDirAdj();
        }
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new Line(text, size, baseline, getCurrentPageNo()));
        }
        current.setLength(0);
        size = 0;
    }

    private String blocks() {
        StringBuilder out = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (previous == null) {
                out.append(line.text());
            } else if (sameBlock(previous, line)) {
                boolean brokenWord = previous.text().endsWith("-") && Character.isLowerCase(line.text().charAt(0))
                        && previous.text().length() > 1 && Character.isLetter(previous.text().charAt(previous.text().length() - 2));
                if (brokenWord) {
                    out.setLength(out.length() - 1); // "trans-" / "mission": one word again
                } else {
                    out.append(' ');
                }
                out.append(line.text());
            } else {
                out.append("\n\n").append(line.text());
            }
            previous = line;
        }
        return out.toString();
    }

    /** The line goes on the block of the line before: the same page, the same size, a line's height below it. */
    private static boolean sameBlock(Line previous, Line line) {
        float gap = line.baseline() - previous.baseline();
        return line.page() == previous.page() && Math.abs(line.size() - previous.size()) < SAME_SIZE
                && gap > 0 && gap <= BLOCK_GAP * line.size();
    }
}
