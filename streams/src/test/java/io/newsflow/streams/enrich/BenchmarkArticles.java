package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * About 7 KB English articles for the benchmark: each joins the bodies of consecutive English
 * corpus articles (keeping their headings) under the first one's title, lead and byline, so the
 * text has the density of names, quotes and headings of real news.
 */
public final class BenchmarkArticles {

    static final int TARGET_BYTES = 7_000;

    private BenchmarkArticles() {
    }

    public static List<Article> build(int count) {
        List<CorpusArticle> english = CorpusArticle.all().stream().filter(a -> a.language().equals("en")).toList();
        List<Article> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Article first = english.get(n % english.size()).article();
            List<BodyBlock> body = new ArrayList<>();
            int bytes = first.getTitle().length() + first.getLead().length();
            for (int k = 0; bytes < TARGET_BYTES; k++) {
                for (BodyBlock block : english.get((n + k) % english.size()).article().getBody()) {
                    body.add(block);
                    bytes += block.getText().length() + 1;
                }
            }
            articles.add(Article.newBuilder(first).setArticleId("bench-" + n).setBody(body).build());
        }
        return articles;
    }

    static int size(Article a) {
        int bytes = a.getTitle().length() + (a.getLead() == null ? 0 : a.getLead().length());
        for (BodyBlock b : a.getBody()) {
            bytes += b.getText().length() + 1;
        }
        return bytes;
    }
}
