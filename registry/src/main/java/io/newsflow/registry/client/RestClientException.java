package io.newsflow.registry.client;

/**
 * The registry refused a request: carries the HTTP status and Confluent's finer
 * {@code error_code} (40401 subject not found, 40403 schema not found, 40901 incompatible,
 * 42201 invalid schema...), so callers can branch on the code as with Confluent's client.
 * Unchecked, unlike Confluent's, because no caller can do more than report it.
 */
public class RestClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final int errorCode;

    /**
     * @param message   the registry's message
     * @param status    the HTTP status
     * @param errorCode the registry's {@code error_code}
     */
    public RestClientException(String message, int status, int errorCode) {
        super(message + "; error code: " + errorCode);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** Confluent's {@code error_code}. */
    public int errorCode() {
        return errorCode;
    }

    /** Confluent's name for {@link #status()}. */
    public int getStatus() {
        return status;
    }

    /** Confluent's name for {@link #errorCode()}. */
    public int getErrorCode() {
        return errorCode;
    }
}
