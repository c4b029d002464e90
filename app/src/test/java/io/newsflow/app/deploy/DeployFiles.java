package io.newsflow.app.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The deployment files at the repository root, and what the app reads from the environment. */
final class DeployFiles {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");

    private DeployFiles() {
    }

    /** The repository root: the nearest directory upwards from the working directory with the root pom and the compose file. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }

    /** {@code docker-compose.yml}, parsed. */
    static JsonNode compose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(root().resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("docker-compose.yml is not valid YAML", e);
        }
    }

    /** A text file at the root, e.g. the Dockerfile. */
    static String text(String name) {
        try {
            return Files.readString(root().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Variables a picocli command reads as option defaults ({@code ${env:NAME:-fallback}}), its mixins' included. */
    static Set<String> environmentVariablesOf(Class<?> command) {
        Set<String> names = new TreeSet<>();
        for (Field field : command.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null) {
                names.addAll(references(option.defaultValue()));
            }
            if (field.isAnnotationPresent(Mixin.class)) { // options a command takes from a picocli mixin
                names.addAll(environmentVariablesOf(field.getType()));
            }
        }
        return names;
    }

    /** Variables the app's logging configuration reads ({@code ${env:NEWSFLOW_LOG_LEVEL:-WARN}}). */
    static Set<String> log4jEnvironmentVariables() {
        return references(text("app/src/main/resources/log4j2.xml"));
    }

    /**
     * The broker setting the {@code apache/kafka} image derives from a variable: drop
     * {@code KAFKA_}, lower-case, then {@code ___} → {@code -}, {@code __} → {@code _}, {@code _} → {@code .}.
     */
    static String apacheKafkaImageKey(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT)
            .replace("___", "-").replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
    }

    private static Set<String> references(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = ENV_REFERENCE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
