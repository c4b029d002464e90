package io.newsflow.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Settings from every place a user may put them, in one documented precedence (lowest first):
 * built-in defaults, a properties file ({@code --config FILE}), environment variables, then
 * command-line flags.
 *
 * <p>Environment variables: {@code NEWSFLOW_SCHEMA_REGISTRY_URL} sets {@code schema.registry.url}
 * (drop the prefix, lower-case, {@code _} becomes {@code .}); {@code KAFKA_*} variables pass any
 * Kafka client setting through the same way ({@code KAFKA_SECURITY_PROTOCOL} sets
 * {@code security.protocol}).
 */
public final class LayeredConfig {
    private static final String NEWSFLOW_PREFIX = "NEWSFLOW_";
    private static final String KAFKA_PREFIX = "KAFKA_";

    private LayeredConfig() {
    }

    /**
     * @param defaults       built-in defaults
     * @param propertiesFile a properties file, or null
     * @param env            the environment (System.getenv() outside tests)
     * @param flags          values given on the command line (only those given)
     * @return the merged settings, keyed by their dotted names
     */
    public static Map<String, String> resolve(Map<String, String> defaults, Path propertiesFile,
                                              Map<String, String> env, Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        if (propertiesFile != null) {
            merged.putAll(load(propertiesFile));
        }
        merged.putAll(fromEnvironment(env));
        flags.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return merged;
    }

    /** The settings named by {@code NEWSFLOW_*} and {@code KAFKA_*} variables. */
    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> settings = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(NEWSFLOW_PREFIX) && !name.equals("NEWSFLOW_JAVA_OPTS") && !name.equals("NEWSFLOW_DEBUG")
                && !name.endsWith("_LOG_LEVEL")) {
                settings.put(dotted(name.substring(NEWSFLOW_PREFIX.length())), value);
            } else if (name.startsWith(KAFKA_PREFIX) && !name.equals("KAFKA_HEAP_OPTS") && !name.equals("KAFKA_OPTS")) {
                settings.put(dotted(name.substring(KAFKA_PREFIX.length())), value);
            }
        });
        return settings;
    }

    private static String dotted(String envSuffix) {
        return envSuffix.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static Map<String, String> load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k).trim()));
        return settings;
    }
}
