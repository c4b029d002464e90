package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupMatch;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
import io.newsflow.streams.dedup.Candidate;
import io.newsflow.streams.dedup.Match;
import io.newsflow.streams.dedup.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Converts between the dedup logic's plain records and the Avro records on topics and in stores. */
public final class AvroMapping {

    private AvroMapping() {
    }

    /** The candidate of an Avro record. */
    public static Candidate candidate(DedupCandidate c) {
        return new Candidate(c.getArticleId(), c.getEventTime().toEpochMilli(), c.getSource(), c.getContentHash(),
                c.getSimhash(), bytes(c.getMinhash()), c.getRevision());
    }

    /** The Avro record of a candidate. */
    public static DedupCandidate avro(Candidate c) {
        return DedupCandidate.newBuilder().setArticleId(c.articleId()).setEventTime(java.time.Instant.ofEpochMilli(c.eventTime()))
                .setSource(c.source()).setContentHash(c.contentHash()).setSimhash(c.simhash())
                .setMinhash(ByteBuffer.wrap(c.minhash())).setRevision(c.revision()).build();
    }

    /** The candidate view of an article in flight. */
    public static Candidate candidate(DedupResult r) {
        return new Candidate(r.getArticle().getArticleId(), r.getEventTime().toEpochMilli(), r.getArticle().getSource(),
                r.getContentHash(), r.getSimhash(), bytes(r.getMinhash()), r.getRevision());
    }

    /** The match of an Avro record. */
    public static Match match(DedupMatch m) {
        return new Match(candidate(m.getCandidate()), Method.valueOf(m.getMethod().name()), m.getHammingDistance(), m.getSimilarity());
    }

    /** The Avro record of a match. */
    public static DedupMatch avro(Match m) {
        return DedupMatch.newBuilder().setCandidate(avro(m.candidate())).setMethod(DuplicateMethod.valueOf(m.method().name()))
                .setHammingDistance(m.hammingDistance()).setSimilarity(m.similarity()).build();
    }

    /** The matches of Avro records. */
    public static List<Match> matches(Collection<DedupMatch> ms) {
        List<Match> out = new ArrayList<>(ms.size());
        ms.forEach(m -> out.add(match(m)));
        return out;
    }

    /** The Avro records of matches. */
    public static List<DedupMatch> avroMatches(Collection<Match> ms) {
        List<DedupMatch> out = new ArrayList<>(ms.size());
        ms.forEach(m -> out.add(avro(m)));
        return out;
    }

    /**
     * The event reporting that {@code duplicate} duplicates {@code match.candidate()}.
     *
     * @param detectedAt the decision's wall-clock time
     * @param retrospective whether this corrects an article already published as unique
     */
    public static DuplicateDetected duplicateDetected(Candidate duplicate, Match match, long detectedAt, boolean retrospective) {
        Candidate original = match.candidate();
        return DuplicateDetected.newBuilder()
                .setArticleId(duplicate.articleId()).setDuplicateOf(original.articleId())
                .setMethod(DuplicateMethod.valueOf(match.method().name()))
                .setHammingDistance(match.hammingDistance()).setSimilarity(match.similarity())
                .setDetectedAt(java.time.Instant.ofEpochMilli(detectedAt))
                .setSource(duplicate.source()).setDuplicateOfSource(original.source())
                .setEventTime(java.time.Instant.ofEpochMilli(duplicate.eventTime()))
                .setDuplicateOfEventTime(java.time.Instant.ofEpochMilli(original.eventTime()))
                .setContentHash(duplicate.contentHash()).setDuplicateOfContentHash(original.contentHash())
                .setRetrospective(retrospective).build();
    }

    /** Copies a ByteBuffer's remaining bytes without disturbing its position. */
    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
