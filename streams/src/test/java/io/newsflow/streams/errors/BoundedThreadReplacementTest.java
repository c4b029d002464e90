package io.newsflow.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class BoundedThreadReplacementTest {
    private final MutableClock clock = new MutableClock();
    private final BoundedThreadReplacement policy = new BoundedThreadReplacement(2, Duration.ofMinutes(10), clock);

    @Test
    void shouldReplaceThreadWhenFailuresAreRare() {
        assertThat(policy.handle(new RuntimeException("1"))).isEqualTo(REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(11));
        assertThat(policy.handle(new RuntimeException("2"))).isEqualTo(REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(11));
        assertThat(policy.handle(new RuntimeException("3"))).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void shouldShutDownClientWhenThreadsKeepFailingWithinTheWindow() {
        assertThat(policy.handle(new RuntimeException("1"))).isEqualTo(REPLACE_THREAD);
        assertThat(policy.handle(new RuntimeException("2"))).isEqualTo(REPLACE_THREAD);
        assertThat(policy.handle(new RuntimeException("3"))).isEqualTo(SHUTDOWN_CLIENT);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
