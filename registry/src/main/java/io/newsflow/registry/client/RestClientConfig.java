package io.newsflow.registry.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.ConfigException;

/**
 * The REST client's settings, read from Confluent's config keys (each also accepted with the
 * {@code schema.registry.} prefix Confluent's serializers allow) and validated at once, so a bad
 * value fails at start-up naming the key.
 *
 * @param urls            base URLs, without user-info, tried in order for failover
 * @param authorization   the {@code Authorization} header value, if any
 * @param connectTimeout  {@code http.connect.timeout.ms}
 * @param requestTimeout  {@code http.read.timeout.ms}
 * @param maxRetries      {@code max.retries}: extra attempts after the first
 * @param retryWait       {@code retries.wait.ms}: first backoff, doubled each retry
 * @param retryMaxWait    {@code retries.max.wait.ms}: backoff cap
 */
public record RestClientConfig(List<URI> urls, Optional<String> authorization, Duration connectTimeout,
                               Duration requestTimeout, int maxRetries, Duration retryWait, Duration retryMaxWait) {
    public static final String URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
    public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    private static final String PREFIX = "schema.registry.";
    /** {@link #withOutageRetries}'s retry count: waits of 1, 2, 4, 8, 16, 20, 20 and 20 s, about 90 s in all. */
    public static final int OUTAGE_MAX_RETRIES = 8;

    /**
     * The configs with a retry budget that outlasts a registry restart or a short outage (about
     * 90 s, {@link #OUTAGE_MAX_RETRIES}), unless {@code max.retries} is configured. newsflow's own
     * long-running producers and streams use it: a failed lookup there is a failed send or a
     * record that cannot be decoded, both far worse than waiting. Confluent's default (3 retries,
     * about 7 s) stays the default of the client itself.
     */
    public static Map<String, Object> withOutageRetries(Map<String, ?> configs) {
        Map<String, Object> out = new java.util.HashMap<>(configs);
        if (get(configs, MAX_RETRIES).isEmpty()) {
            out.put(PREFIX + MAX_RETRIES, String.valueOf(OUTAGE_MAX_RETRIES));
        }
        return out;
    }

    /**
     * @throws ConfigException naming the key when a value is missing or malformed
     */
    public static RestClientConfig from(Map<String, ?> configs) {
        String rawUrls = get(configs, URL).orElseThrow(() -> new ConfigException(URL, null, "is required"));
        List<URI> urls = new ArrayList<>();
        String urlUserInfo = null;
        for (String part : rawUrls.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            URI uri = parseUrl(part.trim());
            if (uri.getRawUserInfo() != null) {
                urlUserInfo = URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
            }
            urls.add(URI.create(uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "")
                    + (uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", ""))));
        }
        if (urls.isEmpty()) {
            throw new ConfigException(URL, rawUrls, "names no URL");
        }
        return new RestClientConfig(List.copyOf(urls), authorization(configs, urlUserInfo),
                millis(configs, CONNECT_TIMEOUT_MS, 60_000), millis(configs, READ_TIMEOUT_MS, 60_000),
                (int) number(configs, MAX_RETRIES, 3), millis(configs, RETRIES_WAIT_MS, 1_000),
                millis(configs, RETRIES_MAX_WAIT_MS, 20_000));
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getRawAuthority() == null) {
                throw new IllegalArgumentException("expected http://host:port or https://host:port");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(URL, url, "is not a registry URL: " + e.getMessage());
        }
    }

    private static Optional<String> authorization(Map<String, ?> configs, String urlUserInfo) {
        Optional<String> basicSource = get(configs, BASIC_AUTH_CREDENTIALS_SOURCE);
        Optional<String> bearerSource = get(configs, BEARER_AUTH_CREDENTIALS_SOURCE);
        Optional<String> userInfo = get(configs, USER_INFO);
        Optional<String> token = get(configs, BEARER_AUTH_TOKEN);
        String basic = switch (basicSource.orElse("URL").toUpperCase(Locale.ROOT)) {
            case "URL" -> userInfo.isPresent() && basicSource.isEmpty() ? userInfo.get() : urlUserInfo;
            case "USER_INFO" -> userInfo.orElseThrow(() -> new ConfigException(USER_INFO, null,
                    "is required when " + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO"));
            default -> throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, basicSource.get(),
                    "is not supported; use URL or USER_INFO");
        };
        if (bearerSource.isPresent() && !"STATIC_TOKEN".equalsIgnoreCase(bearerSource.get())) {
            throw new ConfigException(BEARER_AUTH_CREDENTIALS_SOURCE, bearerSource.get(),
                    "is not supported; use STATIC_TOKEN");
        }
        if (token.isPresent() && basic != null) {
            throw new ConfigException(BEARER_AUTH_TOKEN, "(hidden)", "cannot be combined with basic auth credentials");
        }
        if (token.isPresent()) {
            return Optional.of("Bearer " + token.get());
        }
        if (basic == null) {
            return Optional.empty();
        }
        if (!basic.contains(":")) {
            throw new ConfigException(USER_INFO, "(hidden)", "must be of the form user:password");
        }
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }

    /** A config value by Confluent key, also under the {@code schema.registry.} prefix. */
    static Optional<String> get(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null && !key.startsWith(PREFIX)) {
            value = configs.get(PREFIX + key);
        }
        if (value instanceof Collection<?> list) {
            value = String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof org.apache.kafka.common.config.types.Password password) {
            value = password.value();
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }

    private static long number(Map<String, ?> configs, String key, long fallback) {
        Optional<String> value = get(configs, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.get());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value.get(), "must be a non-negative integer");
        }
    }

    private static Duration millis(Map<String, ?> configs, String key, long fallback) {
        return Duration.ofMillis(number(configs, key, fallback));
    }
}
