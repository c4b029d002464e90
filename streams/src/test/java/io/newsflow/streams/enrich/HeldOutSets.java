package io.newsflow.streams.enrich;

import java.util.List;
import java.util.stream.Stream;

/**
 * The held-out sets {@link HeldOutEvaluationTest} scores, in the order of its report, each with its
 * floors and a comment on the figures the rules reached on it: h01-h169 here, h170-h311 in
 * {@link LaterHeldOutSets}, the sets from h312 on in {@link RecentHeldOutSets}.
 */
final class HeldOutSets {

    /** No floor for this figure. */
    private static final double NONE = Double.NaN;

    /**
     * One held-out set (the articles numbered {@code first} to {@code last}, see
     * {@link CorpusArticle#heldOut}) and its floors: persons, locations and organisations, precision then recall
     * each ({@link #NONE}: no floor), a little under the figures the rules reached on it, so that a
     * change that undoes them fails here. Not the targets: see docs/enrichment.md for what
     * is still missed.
     */
    record HeldOutSet(String label, int first, int last, double... floors) {
    }

    /**
     * Every held-out set, in the order of the report: h01-h169, then {@link LaterHeldOutSets#SETS},
     * {@link RecentHeldOutSets#SETS}, {@link LatestHeldOutSets#SETS} and {@link NewestHeldOutSets#SETS}.
     */
    static final List<HeldOutSet> SETS = Stream.concat(Stream.of(
            // h01-h09 (persons 0.917/0.846, locations 0.958/0.883, organisations 0.719/0.820 after the unseen-text rules)
            new HeldOutSet("enrichment-heldout h01-h09", 1, 9, 0.85, 0.80, 0.95, 0.86, 0.68, 0.75),
            // h10-h13 (0.857/0.857, 0.861/0.795, 0.636/0.636)
            new HeldOutSet("enrichment-heldout h10-h13 (written after the rule changes)", 10, 13,
                    NONE, NONE, NONE, 0.75, 0.60, NONE),
            // h14-h19 (0.880/0.917, 0.929/0.848, 0.641/0.833)
            new HeldOutSet("enrichment-heldout h14-h19 (written 2026-11-29, never tuned on)", 14, 19,
                    0.85, 0.85, 0.90, 0.80, NONE, 0.80),
            // h20-h25: first run on the raw pages 0.778/0.875, 0.923/0.923, 0.604/0.744; after this round's rules
            // 0.938/0.938, 0.947/0.923, 0.822/0.860
            new HeldOutSet("enrichment-heldout h20-h25 (blind pages of 2026-11-30, tuned on)", 20, 25,
                    0.90, 0.90, 0.90, 0.88, 0.78, 0.82),
            // h26-h31: first run on the raw pages 0.769/0.769, 0.812/0.839, 0.611/0.733; after its round's rules
            // 1.000/0.846, 0.931/0.871, 0.711/0.900
            new HeldOutSet("enrichment-heldout h26-h31 (blind pages of 2026-11-30, second round, tuned on)",
                    26, 31, 0.90, 0.80, 0.88, 0.83, 0.66, 0.85),
            // h32-h37: first run on the raw pages 0.727/0.800, 0.893/0.833, 0.618/0.750; after its round's rules
            // 1.000/1.000, 0.962/0.833, 0.781/0.893
            new HeldOutSet("enrichment-heldout h32-h37 (blind pages of 2026-11-30, third round, tuned on)",
                    32, 37, 0.90, 0.90, 0.90, 0.80, 0.74, 0.85),
            // h38-h43: first run on the raw pages 0.800/0.923, 1.000/0.922, 0.725/0.784; after its round's rules
            // 1.000/1.000, 1.000/0.922, 0.795/0.946
            new HeldOutSet("enrichment-heldout h38-h43 (blind pages of 2026-11-30, fourth round, tuned on)",
                    38, 43, 0.90, 0.90, 0.90, 0.85, 0.75, 0.88),
            // h44-h49 (de, fr, it, es, nl, en): first run 0.900/0.818, 0.808/0.700, 0.781/0.806; after its round's rules
            // 0.909/0.909, 0.920/0.767, 0.818/0.871
            new HeldOutSet("enrichment-heldout h44-h49 (blind pages of 2026-11-30, fifth round, tuned on)",
                    44, 49, 0.90, 0.80, 0.85, 0.70, 0.74, 0.80),
            // h50-h55: the first run, the unseen-page figure of the day's final rules: 1.000/0.857, 0.939/0.939,
            // 0.808/0.840; after the fixes it guided 1.000/1.000, 1.000/0.939, 0.923/0.960
            new HeldOutSet("enrichment-heldout h50-h55 (the day's last held-out pages, 2026-11-30, then tuned on)",
                    50, 55, 0.90, 0.85, 0.90, 0.90, 0.80, 0.84),
            // h56-h61: first run 0.923/1.000, 1.000/0.750, 0.676/0.697; after its round's rules 1.000/1.000, 1.000/0.792,
            // 0.778/0.848
            new HeldOutSet("enrichment-heldout h56-h61 (blind pages of 2026-11-30, last round, tuned on)",
                    56, 61, 0.90, 0.90, 0.90, 0.70, 0.70, 0.78),
            // h62-h67 (HTML pages, 2026-11-30): first run end to end 1.000/0.750, 0.710/0.550, 0.619/0.684 (one page's
            // story lost to teaser articles, one div-soup page's furniture kept); after its round's rules 1.000/0.958,
            // 0.941/0.800, 0.825/0.868
            new HeldOutSet("enrichment-heldout h62-h67 (blind HTML pages of 2026-11-30, eighteenth round, tuned on)",
                    62, 67, 0.95, 0.90, 0.90, 0.75, 0.78, 0.82),
            // h68-h73 (HTML pages written after the eighteenth round and run once: the unseen-HTML figure):
            // 1.000/1.000, 0.844/0.871, 0.667/0.880 end to end; after the fixes it guided 1.000/1.000, 0.903/0.903,
            // 0.742/0.920
            new HeldOutSet("enrichment-heldout h68-h73 (held-out HTML pages of 2026-11-30, then tuned on)",
                    68, 73, 0.95, 0.95, 0.85, 0.85, 0.70, 0.85),
            // h74-h79 (plain-text pages of large sites, written after the HTML rounds and run once): 0.857/0.706,
            // 0.900/0.750, 0.450/0.857 end to end; after the fixes it guided 1.000/0.882, 0.875/0.875, 0.677/1.000
            new HeldOutSet("enrichment-heldout h74-h79 (held-out plain-text pages of 2026-11-30, then tuned on)",
                    74, 79, 0.95, 0.85, 0.85, 0.85, 0.65, 0.95),
            // h80-h85 (a second held-out set of large sites' plain-text pages, written after the first's fixes and
            // run once): 0.875/0.875, 0.864/0.905, 0.424/0.824 end to end; after the fixes it guided 1.000/0.938,
            // 1.000/0.905, 0.833/0.882
            new HeldOutSet("enrichment-heldout h80-h85 (second held-out set of large sites' pages, 2026-11-30, then tuned on)",
                    80, 85, 0.95, 0.90, 0.95, 0.85, 0.78, 0.85),
            // h86-h91 (a third held-out set of large sites' pages, run once after the second's fixes): 1.000/0.941,
            // 0.792/0.950, 0.481/0.765 end to end; after the fixes it guided (parser only) 1.000/1.000, 0.850/0.850,
            // 0.684/0.765
            new HeldOutSet("enrichment-heldout h86-h91 (third held-out set of large sites' pages, 2026-11-30, then tuned on)",
                    86, 91, 0.95, 0.95, NONE, 0.80, 0.65, 0.75),
            // h92-h97 (small sites' pages in the shared samples' shapes, en x4, de, es; run once): 0.875/0.824,
            // 0.833/0.800, 0.508/0.667 end to end; after the fixes it guided 1.000/1.000, 0.930/0.800, 0.788/0.911
            new HeldOutSet("enrichment-heldout h92-h97 (held-out small sites' pages, 2026-11-30, then tuned on)",
                    92, 97, 0.95, 0.95, 0.90, 0.75, 0.75, 0.85),
            // h98-h103 (a second set of small sites' pages, written after h92-h97's fixes and run once; en x4, fr,
            // it): 0.947/1.000, 0.921/0.833, 0.697/0.767 end to end; after the fixes it guided 1.000/1.000,
            // 0.929/0.929, 0.857/0.800
            new HeldOutSet("enrichment-heldout h98-h103 (second held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    98, 103, 0.95, 0.95, 0.90, 0.90, 0.80, 0.75),
            // h104-h109 (a third set of small sites' pages, run once after h98-h103's fixes; en x4, nl, pl):
            // 0.929/0.812, 0.853/0.784, 0.468/0.688 end to end; after the fixes it guided 1.000/0.875,
            // 0.865/0.865, 0.641/0.781
            new HeldOutSet("enrichment-heldout h104-h109 (third held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    104, 109, 0.95, 0.85, 0.80, 0.80, 0.60, 0.75),
            // h110-h115 (a fourth set of small sites' pages, English from India, Denmark, the US, Canada, Kenya and
            // Ireland, run once after h104-h109's fixes): 0.789/0.882, 0.818/0.692, 0.590/0.719 end to end; after
            // the fixes it guided 0.944/1.000, 0.958/0.885, 0.839/0.812
            new HeldOutSet("enrichment-heldout h110-h115 (fourth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    110, 115, 0.90, 0.95, 0.90, 0.85, 0.75, 0.75),
            // h116-h121 (a fifth set of small sites' pages, en x3, de, fr, es, run once after h110-h115's fixes):
            // 0.727/0.800, 0.864/0.760, 0.758/0.714 end to end; after the fixes it guided 0.833/1.000,
            // 0.909/0.800, 0.800/0.800
            new HeldOutSet("enrichment-heldout h116-h121 (fifth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    116, 121, 0.80, 0.95, 0.85, 0.75, 0.75, 0.75),
            // 0.941/0.889, 0.870/0.870, 0.559/0.760 end to end; after the fixes it guided 1.000/1.000,
            // 0.947/1.000, 0.887/0.940
            new HeldOutSet("enrichment-heldout h122-h127 (sixth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    122, 127, 0.95, 0.95, 0.90, 0.95, 0.85, 0.90),
            // 0.818/0.562, 0.875/0.778, 0.500/0.700 end to end (the first run after h122-h127's rules); after
            // the fixes it guided 1.000/0.938, 0.943/0.917, 0.667/0.800
            new HeldOutSet("enrichment-heldout h128-h133 (seventh held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    128, 133, 0.95, 0.90, 0.90, 0.85, 0.60, 0.75),
            // English in the shared samples' shapes, run once after h128-h133's rules: 0.923/1.000, 0.975/0.929,
            // 0.875/0.933 end to end; after the fixes it guided 1.000/1.000, 0.976/0.976, 0.968/1.000
            new HeldOutSet("enrichment-heldout h134-h139 (eighth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    134, 139, 0.95, 0.95, 0.95, 0.95, 0.90, 0.95),
            // English (a wire, a UK paper, trade press, a press release, a local page, an op-ed), run once after
            // h134-h139's rules: 0.800/0.857, 0.829/0.906, 0.615/0.828; after the fixes it guided 0.933/1.000,
            // 0.968/0.938, 0.800/0.966
            new HeldOutSet("enrichment-heldout h140-h145 (ninth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    140, 145, 0.85, 0.90, 0.95, 0.90, 0.75, 0.95),
            // es, fr, de, nl and en x2, run once after h140-h145's rules: 0.889/0.615, 0.824/0.737, 0.556/0.741;
            // after the fixes it guided 1.000/1.000, 0.939/0.816, 0.735/0.926
            new HeldOutSet("enrichment-heldout h146-h151 (tenth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    146, 151, 0.95, 0.95, 0.90, 0.75, 0.70, 0.90),
            // English in the shared samples' own shapes (h153 republishes h152), run once after h146-h151's
            // rules: 0.667/0.800, 1.000/0.854, 0.750/0.938; after the fixes 1.000/1.000, 1.000/0.854, 0.780/1.000
            new HeldOutSet("enrichment-heldout h152-h157 (eleventh held-out set, the shared samples' shapes, 2026-11-30, then tuned on)",
                    152, 157, 0.95, 0.95, 0.95, 0.80, 0.70, 0.95),
            // it, pt, en x2, de, es, run once after h152-h157's rules: 1.000/0.929, 0.778/0.700, 0.588/0.714;
            // after the fixes 1.000/1.000, 0.833/0.750, 0.677/0.750
            new HeldOutSet("enrichment-heldout h158-h163 (twelfth held-out set of small sites' pages, 2026-11-30, then tuned on)",
                    158, 163, 0.95, 0.95, 0.80, 0.70, 0.60, 0.70),
            // English in the shared samples' shapes, run once after every rule of the day: 1.000/1.000,
            // 1.000/0.848, 0.833/0.962; its misses then guided the possessive and initials rules (a third session)
            new HeldOutSet("enrichment-heldout h164-h169 (thirteenth held-out set, 2026-11-30, then tuned on)",
                    164, 169, 0.95, 0.95, 0.95, 0.80, 0.85, 0.95)),
            Stream.concat(LaterHeldOutSets.SETS.stream(), Stream.concat(RecentHeldOutSets.SETS.stream(),
                    Stream.concat(LatestHeldOutSets.SETS.stream(), NewestHeldOutSets.SETS.stream())))).toList();

    private HeldOutSets() {
    }
}
