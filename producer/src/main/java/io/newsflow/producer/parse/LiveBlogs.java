package io.newsflow.producer.parse;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A live blog's page: the headline above a run of update articles, each with its heading, time and text. The run is
 * the story, where a page of one story and teasers has the story in its longest article ({@link StoryLocator}).
 */
final class LiveBlogs {

    /** The class of a live blog's update: "update", "live-update", "liveblog-post", "entry". */
    private static final Pattern UPDATE_CLASS = Pattern.compile("(?i)update|live|post|entry");

    private LiveBlogs() {
    }

    /**
     * The run of update articles ({@code class="update"}, or each with its time) that holds {@code article}, when the
     * page's headline stands above it in none of them; else the article itself.
     */
    static Element stream(Document doc, Element article) {
        Element h1 = doc.selectFirst("h1");
        Element stream = article.parent();
        if (h1 == null || h1.closest("article") != null || stream == null) {
            return article;
        }
        List<Element> updates = stream.children().stream().filter(c -> c.tagName().equals("article")).toList();
        boolean allUpdates = updates.size() >= 2 && updates.stream().allMatch(u -> UPDATE_CLASS.matcher(u.className()).find()
                || u.selectFirst("time") != null);
        return allUpdates ? stream : article;
    }
}
