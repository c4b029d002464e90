package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DedupSignal;
import io.newsflow.avro.DuplicateDetected;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serdes the dedup stage needs, supplied by the application (the registry-backed Avro
 * serdes in production, a plain Avro serde in tests). Keys are always strings.
 *
 * @param result articles with fingerprints and verdict (content-hash repartition, published output)
 * @param candidate index entries (block repartition and every index store)
 * @param signal combiner and resolver messages and state
 * @param duplicate the DuplicateDetected events
 */
public record DedupSerdes(Serde<DedupResult> result, Serde<DedupCandidate> candidate, Serde<DedupSignal> signal,
                          Serde<DuplicateDetected> duplicate) {

    /** Requires every serde. */
    public DedupSerdes {
        Objects.requireNonNull(result, "result serde");
        Objects.requireNonNull(candidate, "candidate serde");
        Objects.requireNonNull(signal, "signal serde");
        Objects.requireNonNull(duplicate, "duplicate serde");
    }
}
