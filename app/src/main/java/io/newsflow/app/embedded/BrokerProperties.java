package io.newsflow.app.embedded;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The server properties of {@link EmbeddedKafka}'s single node: broker and KRaft controller in
 * one process, both listening on 127.0.0.1 only, and every internal topic sized for one replica.
 * Kept apart from the broker's life cycle so the settings can be read (and checked) without
 * starting a broker.
 */
final class BrokerProperties {

    private BrokerProperties() {
    }

    /**
     * The properties for node {@code nodeId} serving clients on {@code brokerPort}, voting in its
     * static quorum on {@code controllerPort}, with its log in {@code logDir}.
     */
    static Properties of(int nodeId, int brokerPort, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", nodeId + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // one node: every internal topic must live with a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        // a single consumer should not wait three seconds for peers that never come
        p.put("group.initial.rebalance.delay.ms", "0");
        // the cleaner's default 128 MB dedupe buffer is allocated at start: 2 MB is plenty here
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("auto.create.topics.enable", "false");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        return p;
    }
}
