package io.newsflow.registry.core;

/**
 * A registry operation refused with one of Confluent's error codes, so the REST layer and the
 * in-memory client report exactly what Confluent Schema Registry would
 * ({@code {"error_code": 40401, "message": "Subject 'x' not found."}}).
 */
public final class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final int errorCode;

    /**
     * @param status    the HTTP status (404, 409, 422, 500...)
     * @param errorCode Confluent's finer error code (40401, 42201...)
     * @param message   what is wrong, naming the input
     */
    public RegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Confluent's error code. */
    public int errorCode() {
        return errorCode;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
    }

    static RegistryException versionNotFound(String subject, Object version) {
        return new RegistryException(404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
    }

    static RegistryException schemaNotFound(String what) {
        return new RegistryException(404, 40403, what);
    }

    static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(404, 40404, "Subject '" + subject
                + "' was soft deleted.Set permanent=true to delete permanently");
    }

    static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(404, 40405, "Subject '" + subject
                + "' was not deleted first before being permanently deleted");
    }

    static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted.Set permanent=true to delete permanently");
    }

    static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    static RegistryException subjectConfigNotFound(String subject) {
        return new RegistryException(404, 40408, "Subject '" + subject
                + "' does not have subject-level compatibility configured");
    }

    static RegistryException incompatible(String message) {
        return new RegistryException(409, 40901, message);
    }

    /** 42201: the schema does not parse or uses something this registry does not support. */
    public static RegistryException invalidSchema(String message) {
        return new RegistryException(422, 42201, message);
    }

    /** 42202: a version that is neither a positive integer, {@code latest} nor {@code -1}. */
    public static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    /** 42203: an unknown compatibility level. */
    public static RegistryException invalidCompatibility(String level) {
        return new RegistryException(422, 42203, "Invalid compatibility level. Valid values are none, backward, "
                + "forward, full, backward_transitive, forward_transitive, and full_transitive; got '" + level + "'");
    }

    /** 50001: the backing store failed. */
    public static RegistryException storeError(String message, Throwable cause) {
        RegistryException e = new RegistryException(500, 50001, message);
        e.initCause(cause);
        return e;
    }
}
