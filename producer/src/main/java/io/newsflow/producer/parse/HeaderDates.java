package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.producer.parse.text.Byline;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.DateExtractor;
import io.newsflow.producer.parse.text.MetaDateLine;

/**
 * The date a page writes in plain text beside its story's headline, with no {@code time} element or date metadata: in a
 * site builder's layer named "Date" (Framer's), in an item of the meta line right under the headline ("By ... · December 5,
 * 2026 · ...", Bricks'), or alone in an element of the headline's own header (Gatsby's starter: "<header><h1>...</h1>
 * <p>December 01, 2026</p></header>"); or in the post's own card in a sidebar (ABlog's: its heading "05 December 2026"
 * by a calendar's icon). The published date, or empty: an update alone dates nothing.
 */
final class HeaderDates {
    private static final int MAX_DATE_LINE = 60;
    private static final int MAX_HEADER_ELEMENTS = 4;
    /** The most lines under the headline read for its date: the byline, the date, a share bar. */
    private static final int MAX_LINES_UNDER = 3;
    /** The post's own card in the sidebar, its date, writer and category (Sphinx's ABlog: "ablog__postcard"). */
    static final String POST_CARD = "[class*=__postcard]";

    private HeaderDates() {
    }

    /** The published date written beside the headline, if any. */
    static Optional<DateExtractor.FoundDate> read(Document doc) {
        Element layer = StoryHeader.namedLayer(doc, "Date");
        Optional<DateExtractor.FoundDate> named = layer == null || layer.text().length() > MAX_DATE_LINE ? Optional.empty()
                : MetaDateLine.parse(layer.text()).map(MetaDateLine.Result::published);
        if (named.isPresent()) {
            return named;
        }
        Element card = doc.selectFirst(POST_CARD);
        Optional<DateExtractor.FoundDate> carded = card == null ? Optional.empty() : published(card.select("h2, h3, li, span"));
        if (carded.isPresent()) {
            return carded;
        }
        Element h1 = StoryHeader.headlineElement(doc);
        Element meta = h1 == null ? null : h1.nextElementSibling();
        if (meta != null && meta.is("[class*=meta]") && meta.text().length() <= 2 * MAX_DATE_LINE) {
            Optional<DateExtractor.FoundDate> item = published(meta.children().stream().toList());
            if (item.isPresent()) {
                return item;
            }
        }
        // (the headline's own header, not the story's container: a date there may be a last update's, under the text)
        if (h1 == null || h1.parent() == null || h1.parent().childrenSize() > MAX_HEADER_ELEMENTS && !h1.parent().is("header, hgroup")) {
            return Optional.empty();
        }
        return published(h1.parent().children().stream().filter(e -> e != h1).toList());
    }

    /**
     * The published date on one of the short lines right under the headline, before the text, or on an item of one
     * ("Jumamosi, Desemba 6, 2026", "Güncelleme: ... | Yayınlanma: 06.12.2026 12:10", "<span>Data publikacji: 06.12.2026,
     * 10:15</span>"), or in a byline that ends with it ("By Jane Ong | 6 Dec 2026"): the last resort before the address's
     * date, read while the headline is in the page (the text's reading takes it out) and offered only when nothing else
     * dated the story.
     */
    static Optional<DateExtractor.FoundDate> underHeadline(Document doc) {
        Element h1 = StoryHeader.headlineElement(doc);
        Element under = h1 == null ? null : h1.nextElementSibling();
        for (int i = 0; under != null && i < MAX_LINES_UNDER && under.selectFirst("p") == null && under.text().length() <= 2 * MAX_DATE_LINE;
                i++, under = under.nextElementSibling()) {
            List<Element> items = new ArrayList<>(under.children());
            items.add(under);
            String line = under.text();
            Optional<DateExtractor.FoundDate> item = published(items).or(() -> bylineDate(line));
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }

    /** The date of a byline that states one ("By Jane Ong | 6 Dec 2026", "โดย สมชาย ใจดี | 6 ธ.ค. 2569"): an update's is none. */
    private static Optional<DateExtractor.FoundDate> bylineDate(String line) {
        return line.length() > BylineDetector.MAX_LINE ? Optional.empty()
                : BylineDetector.standalone(line).map(Byline::date);
    }

    /** The first published date that one of the elements, a short line, states alone. */
    private static Optional<DateExtractor.FoundDate> published(List<Element> elements) {
        return elements.stream().filter(e -> e.text().length() <= MAX_DATE_LINE).map(e -> MetaDateLine.parse(e.text()))
                .flatMap(Optional::stream).map(MetaDateLine.Result::published).filter(Objects::nonNull).findFirst();
    }
}
