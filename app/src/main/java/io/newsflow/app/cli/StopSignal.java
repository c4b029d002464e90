package io.newsflow.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a long-running command is told to finish: {@link #stop()} from a test, or SIGTERM/Ctrl-C
 * through a shutdown hook. The hook only asks and then waits for the command to finish its body,
 * so the JVM does not exit while records are still being flushed.
 */
final class StopSignal {
    private final String hookName;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch requestedLatch = new CountDownLatch(1);

    /** A signal whose shutdown hook thread is called {@code hookName}. */
    StopSignal(String hookName) {
        this.hookName = hookName;
    }

    /** Asks the running body to finish; a second call does nothing more. */
    void stop() {
        requested.set(true);
        requestedLatch.countDown();
    }

    /** Whether {@link #stop()} was called. */
    boolean requested() {
        return requested.get();
    }

    /** Blocks until {@link #stop()} is called. */
    void await() throws InterruptedException {
        requestedLatch.await();
    }

    /**
     * Runs {@code body}, which returns once a stop is requested. Meanwhile a shutdown hook turns
     * SIGTERM/Ctrl-C into {@link #stop()} and waits up to 10 s for the body to finish cleanly.
     */
    void runUntilStopped(Blocking body) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, hookName);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            body.run();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running and waits for us
            }
        }
    }

    /** A blocking step that may throw. */
    @FunctionalInterface
    interface Blocking {
        void run() throws Exception;
    }
}
