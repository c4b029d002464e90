package io.newsflow.producer.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;

/**
 * Watches a directory (and the subdirectories created in it) and hands each new or rewritten regular
 * file to a consumer once its size has stopped changing for one poll, so half-written files are not
 * ingested. Hidden files (names starting with a dot, typical of in-progress copies) are skipped.
 */
public final class DirectoryWatcher {
    private final Path root;
    private final Duration poll;

    public DirectoryWatcher(Path root, Duration poll) {
        this.root = root;
        this.poll = poll;
    }

    /**
     * Runs until {@code keepRunning} turns false or the thread is interrupted; {@code onReady} runs
     * once the directories are registered, so a caller knows from when on new files are seen.
     */
    public void run(Consumer<Path> onFile, BooleanSupplier keepRunning, Runnable onReady) throws IOException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            register(watcher, root);
            onReady.run();
            Map<Path, Long> pending = new HashMap<>();
            while (keepRunning.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && !name.toString().startsWith(".")) {
                            Path file = dir.resolve(name);
                            if (Files.isDirectory(file)) {
                                register(watcher, file);
                            } else {
                                pending.put(file, -1L);
                            }
                        }
                    }
                    key.reset();
                }
                settle(pending, onFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void settle(Map<Path, Long> pending, Consumer<Path> onFile) {
        var it = pending.entrySet().iterator();
        while (it.hasNext()) {
            var entry = it.next();
            long size;
            try {
                size = Files.size(entry.getKey());
            } catch (IOException e) {
                // deleted or unreadable: the collector will report it when handed the path
                size = -2;
            }
            if (size == entry.getValue()) {
                it.remove();
                onFile.accept(entry.getKey());
            } else {
                entry.setValue(size);
            }
        }
    }

    private static void register(WatchService watcher, Path dir) throws IOException {
        try (var dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }
}
