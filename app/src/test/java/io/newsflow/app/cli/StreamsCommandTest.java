package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How {@code newsflow streams} turns flags and environment into settings, without running anything. */
class StreamsCommandTest {
    private static final String[] CONNECTIONS = {"--bootstrap-servers", "127.0.0.1:9092", "--schema-registry-url", "http://127.0.0.1:8081"};

    private static StreamsCommand parse(String... extra) {
        StreamsCommand command = new StreamsCommand();
        String[] args = new String[CONNECTIONS.length + extra.length];
        System.arraycopy(CONNECTIONS, 0, args, 0, CONNECTIONS.length);
        System.arraycopy(extra, 0, args, CONNECTIONS.length, extra.length);
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void shouldRunWithStandbyReplicasWhenTheFlagIsGiven() {
        assertThat(parse("--standby-replicas", "1").settings(Map.of()).toProperties())
            .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "1");
    }

    @Test
    void shouldTakeStandbyReplicasFromTheEnvironmentAndLetTheFlagWin() {
        assertThat(parse().settings(Map.of("NEWSFLOW_NUM_STANDBY_REPLICAS", "2")).toProperties())
            .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "2");
        assertThat(parse("--standby-replicas", "0").settings(Map.of("KAFKA_NUM_STANDBY_REPLICAS", "2")).toProperties())
            .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "0");
    }

    @Test
    void shouldNameTheKeyWhenStandbyReplicasAreOutOfRange() {
        assertThatThrownBy(() -> parse("--standby-replicas", "99").settings(Map.of()))
            .hasMessage("Invalid value '99' for configuration num.standby.replicas: expected a whole number from 0 to 16");
        assertThatThrownBy(() -> parse("--standby-replicas", "two")).isInstanceOf(CommandLine.ParameterException.class)
            .hasMessageContaining("--standby-replicas").hasMessageContaining("two");
    }
}
