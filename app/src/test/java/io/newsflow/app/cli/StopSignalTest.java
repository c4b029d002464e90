package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StopSignalTest {
    private final StopSignal signal = new StopSignal("stop-signal-test-shutdown");

    @Test
    void shouldBeRequestedWhenStopIsCalled() {
        assertThat(signal.requested()).isFalse();
        signal.stop();
        signal.stop();
        assertThat(signal.requested()).isTrue();
    }

    @Test
    void shouldReturnFromRunWhenBodyAwaitsAndStopIsCalled() throws Exception {
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                signal.runUntilStopped(signal::await);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        signal.stop();
        run.get(10, TimeUnit.SECONDS);
        assertThat(run).isCompleted();
    }

    @Test
    void shouldPassTheFailureOnWhenBodyThrows() {
        assertThatThrownBy(() -> signal.runUntilStopped(() -> {
            throw new IOException("watched directory gone");
        })).isInstanceOf(IOException.class).hasMessage("watched directory gone");
    }
}
