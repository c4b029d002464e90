package io.newsflow.registry.serde;

import java.util.Locale;
import java.util.Map;

import io.newsflow.registry.client.RestClientConfig;
import org.apache.kafka.common.config.ConfigException;

/**
 * The Avro serdes' settings under Confluent's exact keys (so a Confluent properties file works
 * unchanged), parsed and validated at {@code configure} time.
 *
 * @param autoRegister     {@code auto.register.schemas} (default true); false looks the schema up
 * @param useLatestVersion {@code use.latest.version}: write with the subject's latest schema
 * @param specificReader   {@code specific.avro.reader}: decode into generated classes
 * @param normalize        {@code normalize.schemas}
 * @param keyStrategy      {@code key.subject.name.strategy}
 * @param valueStrategy    {@code value.subject.name.strategy}
 * @param keyType          {@code specific.avro.key.type}: the reader class for keys, or null
 * @param valueType        {@code specific.avro.value.type}: the reader class for values, or null
 */
public record AvroSerdeConfig(boolean autoRegister, boolean useLatestVersion, boolean specificReader, boolean normalize,
                              SubjectNameStrategy keyStrategy, SubjectNameStrategy valueStrategy,
                              Class<?> keyType, Class<?> valueType) {
    public static final String SCHEMA_REGISTRY_URL_CONFIG = RestClientConfig.URL;
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";
    public static final String SPECIFIC_AVRO_KEY_TYPE_CONFIG = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE_CONFIG = "specific.avro.value.type";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = RestClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE;
    public static final String USER_INFO_CONFIG = RestClientConfig.USER_INFO;
    public static final String BEARER_AUTH_CREDENTIALS_SOURCE = RestClientConfig.BEARER_AUTH_CREDENTIALS_SOURCE;
    public static final String BEARER_AUTH_TOKEN_CONFIG = RestClientConfig.BEARER_AUTH_TOKEN;
    public static final String HTTP_CONNECT_TIMEOUT_MS = RestClientConfig.CONNECT_TIMEOUT_MS;
    public static final String HTTP_READ_TIMEOUT_MS = RestClientConfig.READ_TIMEOUT_MS;
    public static final String MAX_RETRIES_CONFIG = RestClientConfig.MAX_RETRIES;
    public static final String RETRIES_WAIT_MS_CONFIG = RestClientConfig.RETRIES_WAIT_MS;
    public static final String RETRIES_MAX_WAIT_MS_CONFIG = RestClientConfig.RETRIES_MAX_WAIT_MS;

    /**
     * @throws ConfigException naming the key when a value is malformed
     */
    public static AvroSerdeConfig from(Map<String, ?> configs) {
        return new AvroSerdeConfig(bool(configs, AUTO_REGISTER_SCHEMAS, true), bool(configs, USE_LATEST_VERSION, false),
                bool(configs, SPECIFIC_AVRO_READER_CONFIG, false), bool(configs, NORMALIZE_SCHEMAS, false),
                SubjectNameStrategies.resolve(KEY_SUBJECT_NAME_STRATEGY, configs.get(KEY_SUBJECT_NAME_STRATEGY)),
                SubjectNameStrategies.resolve(VALUE_SUBJECT_NAME_STRATEGY, configs.get(VALUE_SUBJECT_NAME_STRATEGY)),
                type(configs, SPECIFIC_AVRO_KEY_TYPE_CONFIG), type(configs, SPECIFIC_AVRO_VALUE_TYPE_CONFIG));
    }

    /** The strategy for keys or values. */
    public SubjectNameStrategy strategy(boolean isKey) {
        return isKey ? keyStrategy : valueStrategy;
    }

    /** The configured reader class for keys or values, or null. */
    public Class<?> readerType(boolean isKey) {
        return isKey ? keyType : valueType;
    }

    private static boolean bool(Map<String, ?> configs, String key, boolean fallback) {
        Object value = configs.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(key, value, "must be true or false");
    }

    private static Class<?> type(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null || value instanceof Class<?>) {
            return (Class<?>) value;
        }
        try {
            return Class.forName(value.toString().trim(), true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, value, "names no class on the classpath");
        }
    }
}
