package io.newsflow.streams.dedup.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates labelled pairs from the corpus, deterministically (fixed seeds).
 *
 * <p>Near-duplicates (label true), one of each kind per article: word edits, paragraph reflow, a
 * different wrapper with junk lines, typographic quote and dash style, a dropped paragraph, an added
 * paragraph, a changed headline, and a syndicated copy combining wrapper, quotes, reflow and two
 * edits. Negatives (label false): different articles about the same event, pairs of different
 * articles wrapped in the same outlet template with shared boilerplate paragraphs, and every other
 * pair of different articles.
 */
public final class PairGenerator {

    static final List<String> NEAR_KINDS = List.of("word-edits", "reflow", "wrapper", "quotes",
            "dropped-paragraph", "added-paragraph", "headline", "syndicated");

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("about", "around"), Map.entry("more than", "over"),
            Map.entry("on Monday", "early on Monday"), Map.entry("on Tuesday", "early on Tuesday"),
            Map.entry("could", "might"), Map.entry("large", "big"), Map.entry("began", "started"),
            Map.entry("also", "additionally"), Map.entry("expected", "forecast"), Map.entry("percent", "per cent"),
            Map.entry("warned", "cautioned"), Map.entry("people", "residents"), Map.entry("government", "cabinet"),
            Map.entry("however", "though"), Map.entry("still", "yet"), Map.entry("help", "assist"),
            Map.entry("week", "seven days"), Map.entry("main", "principal"), Map.entry("several", "a number of"));

    private static final List<String> FILLERS = List.of(" very ", " also ", " that ", " just ", " only ", " still ");

    private static final List<String> ADDED = List.of(
            "The situation was still developing on Tuesday evening, and officials said further updates would be published as soon as more information became available from the teams on the ground.",
            "Reaction on social media was swift, with thousands of users sharing photographs and videos within hours, and several politicians calling for an independent review of what had happened.",
            "Independent experts contacted for this article said the figures were broadly in line with earlier estimates, although they cautioned that final numbers could take several weeks to confirm.",
            "Local newspapers reported that residents had raised similar concerns in the past, and that a public meeting on the subject had been held in the town hall only a few months ago.");

    private static final List<String> HEADER_JUNK = List.of("Share | Tweet | Print | A A A",
            "Published 08.10.2024 09:14 | Updated 08.10.2024 11:02", "Home / News / World");
    private static final List<String> FOOTER_JUNK = List.of("Read more: the latest headlines from our newsroom",
            "This article was first published by %s and is republished with permission.",
            "© 2024 %s. All rights reserved.", "Photo: press office handout");

    private static final String TEMPLATE_HEAD = "Editor's note: The Daily Ledger is an independent, reader-funded newsroom. Our reporting on energy, politics and the economy is free to read because thousands of readers support it every month. If you value journalism that holds power to account, please consider becoming a member today.";
    private static final String TEMPLATE_FOOT = "About The Daily Ledger: founded in 2009, The Daily Ledger covers news from Europe and beyond with a team of forty journalists in six cities. Corrections and complaints can be sent to our standards editor, who reviews every request within five working days and publishes the outcome.";

    private PairGenerator() {
    }

    static List<LabelledPair> generate(List<CorpusArticle> corpus) {
        List<LabelledPair> pairs = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusArticle a = corpus.get(i);
            Random rnd = new Random(1000L + i);
            pairs.add(near("word-edits", a, a.with("~edits", a.title(), a.source(), wordEdits(a.blocks(), 5, rnd))));
            pairs.add(near("reflow", a, a.with("~reflow", a.title(), a.source(), reflow(a.blocks(), rnd))));
            pairs.add(near("wrapper", a, a.with("~wrapper", a.title(), "Mirror Site", wrap(a.blocks(), a.source()))));
            pairs.add(near("quotes", a, a.with("~quotes", a.title(), a.source(), typographic(a.blocks()))));
            pairs.add(near("dropped-paragraph", a, a.with("~dropped", a.title(), a.source(), drop(a.blocks(), rnd))));
            pairs.add(near("added-paragraph", a, a.with("~added", a.title(), a.source(), add(a.blocks(), rnd))));
            pairs.add(near("headline", a, a.with("~headline", "Updated: " + a.title().toLowerCase(), a.source(), a.blocks())));
            List<String> syndicated = wrap(typographic(reflow(wordEdits(a.blocks(), 2, rnd), rnd)), a.source());
            pairs.add(near("syndicated", a, a.with("~syndicated", a.title(), "Partner Wire", syndicated)));
        }
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                CorpusArticle a = corpus.get(i);
                CorpusArticle b = corpus.get(j);
                pairs.add(new LabelledPair(a.event().equals(b.event()) ? "same-event" : "different", a, b, false));
                if (j == i + 1 || j == i + 11 || a.event().equals(b.event())) {
                    pairs.add(new LabelledPair("same-template", template(a), template(b), false));
                }
            }
        }
        return pairs;
    }

    private static LabelledPair near(String kind, CorpusArticle a, CorpusArticle b) {
        return new LabelledPair(kind, a, b, true);
    }

    public static List<String> wordEdits(List<String> blocks, int edits, Random rnd) {
        List<String> out = new ArrayList<>(blocks);
        List<String> keys = new ArrayList<>(SYNONYMS.keySet());
        keys.sort(null);
        int done = 0;
        for (int attempt = 0; attempt < 200 && done < edits; attempt++) {
            int p = rnd.nextInt(out.size());
            String block = out.get(p);
            String edited = block;
            if (rnd.nextBoolean()) {
                String key = keys.get(rnd.nextInt(keys.size()));
                edited = block.replaceFirst("\\b" + key + "\\b", SYNONYMS.get(key));
            } else {
                String filler = FILLERS.get(rnd.nextInt(FILLERS.size()));
                edited = block.replaceFirst(filler, " ");
            }
            if (!edited.equals(block)) {
                out.set(p, edited);
                done++;
            }
        }
        return out;
    }

    public static List<String> reflow(List<String> blocks, Random rnd) {
        List<String> out = new ArrayList<>(blocks);
        int merge = rnd.nextInt(out.size() - 1);
        if (out.get(merge).endsWith(".") && out.get(merge + 1).endsWith(".")) {
            out.set(merge, out.get(merge) + " " + out.remove(merge + 1));
        }
        for (int i = 0; i < out.size(); i++) {
            String b = out.get(i);
            int cut = b.indexOf(". ", b.length() / 2);
            if (cut > 0 && b.length() > 300) {
                out.set(i, b.substring(0, cut + 1));
                out.add(i + 1, b.substring(cut + 2));
                break;
            }
        }
        return out;
    }

    public static List<String> wrap(List<String> blocks, String originalSource) {
        List<String> out = new ArrayList<>(HEADER_JUNK);
        out.addAll(blocks);
        for (String f : FOOTER_JUNK) {
            out.add(String.format(f, originalSource));
        }
        out.add("mirrorsite.example");
        return out;
    }

    public static List<String> typographic(List<String> blocks) {
        List<String> out = new ArrayList<>();
        for (String b : blocks) {
            String s = b.replaceAll("\"([^\"]*)\"", "\u201C$1\u201D").replace("'", "\u2019")
                    .replace(" - ", " \u2014 ").replace(", ", ",\u00A0");
            out.add(s);
        }
        return out;
    }

    public static List<String> drop(List<String> blocks, Random rnd) {
        List<String> out = new ArrayList<>(blocks);
        out.remove(1 + rnd.nextInt(out.size() - 1));
        return out;
    }

    public static List<String> add(List<String> blocks, Random rnd) {
        List<String> out = new ArrayList<>(blocks);
        out.add(1 + rnd.nextInt(out.size() - 1), ADDED.get(rnd.nextInt(ADDED.size())));
        return out;
    }

    static CorpusArticle template(CorpusArticle a) {
        List<String> out = new ArrayList<>();
        out.add("Share | Tweet | Print | A A A");
        out.add(TEMPLATE_HEAD);
        out.addAll(a.blocks());
        out.add(TEMPLATE_FOOT);
        out.add("The Daily Ledger");
        return a.with("~ledger", a.title(), "The Daily Ledger", out);
    }
}
