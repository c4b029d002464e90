package io.newsflow.producer.parse;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a word processor's document, a paragraph a block (blank lines between): Word's {@code w:p} paragraphs of
 * {@code w:t} runs, OpenDocument's {@code text:p} and {@code text:h}. Tabs are spaces and line breaks new lines. Only
 * the text a reader sees is read: Word keeps deleted text ({@code w:delText}) and field codes ({@code w:instrText}) in
 * elements of their own, and OpenDocument its tracked changes and comments, none of which is taken.
 */
final class OfficeText {
    private OfficeText() {
    }

    /** The text of Word's {@code word/document.xml}. */
    static String ofWord(Element root) {
        StringBuilder out = new StringBuilder();
        Element body = root.selectFirst("w|body");
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element e && e.tagName().equals("w:t")) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && e.tagName().equals("w:tab")) {
                    out.append(' ');
                } else if (node instanceof Element e && (e.tagName().equals("w:br") || e.tagName().equals("w:cr"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.tagName().equals("w:p")) {
                    out.append("\n\n");
                }
            }
        }, body == null ? root : body);
        return out.toString().strip();
    }

    /** The text of OpenDocument's {@code content.xml}. */
    static String ofOpenDocument(Element root) {
        StringBuilder out = new StringBuilder();
        Element body = root.selectFirst("office|text");
        if (body == null) {
            return "";
        }
        body.select("text|tracked-changes, office|annotation, text|note").remove();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && e.tagName().equals("text:s")) {
                    out.append(" ".repeat(Math.max(1, Math.min(100, parseCount(e.attr("text:c"))))));
                } else if (node instanceof Element e && e.tagName().equals("text:tab")) {
                    out.append(' ');
                } else if (node instanceof Element e && e.tagName().equals("text:line-break")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.tagName().equals("text:p") || e.tagName().equals("text:h"))) {
                    out.append("\n\n");
                }
            }
        }, body);
        return out.toString().strip();
    }

    private static int parseCount(String c) {
        try {
            return c.isEmpty() ? 1 : Integer.parseInt(c.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
