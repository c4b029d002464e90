package io.newsflow.streams.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files enrichment ships in its package ({@code src/main/resources/io/newsflow/streams/enrich/}):
 * UTF-8 text, one entry or list per line, '#' starting a comment line. Each reader (gazetteer
 * lists, tone lexicon, place adjectives) parses the lines its own way.
 */
final class DataFiles {

    private DataFiles() {
    }

    /** The data lines of a file, stripped: blank lines and comment lines left out. */
    static List<String> lines(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("enrichment data file missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read enrichment data file " + resource, e);
        }
    }
}
