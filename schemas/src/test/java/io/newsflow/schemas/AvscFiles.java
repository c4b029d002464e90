package io.newsflow.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/** Loads a directory of .avsc files the way the avro-maven-plugin does: shared types under common/ first. */
final class AvscFiles {

    private AvscFiles() {
    }

    /** Every named schema defined in {@code dir}, parsed with one parser so files can reference each other. */
    static Collection<Schema> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".avsc"))
                .sorted(Comparator.comparing((Path p) -> !p.getParent().getFileName().toString().equals("common"))
                    .thenComparing(Path::toString))
                .toList());
        }
        Schema.Parser parser = new Schema.Parser();
        List<Path> pending = new ArrayList<>(files);
        // a file may reference a type defined in a later file: retry until nothing moves
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Path file : List.copyOf(pending)) {
                try {
                    parser.parse(file.toFile());
                    pending.remove(file);
                    progress = true;
                } catch (org.apache.avro.SchemaParseException e) {
                    if (!e.getMessage().contains("is not a defined name") && !e.getMessage().contains("Undefined name")) {
                        throw new IllegalStateException(file + ": " + e.getMessage(), e);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("unresolvable schemas: " + pending);
        }
        return parser.getTypes().values();
    }
}
