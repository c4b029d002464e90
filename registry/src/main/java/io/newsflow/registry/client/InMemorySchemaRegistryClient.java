package io.newsflow.registry.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.newsflow.registry.core.AvroSchemas;
import io.newsflow.registry.core.InMemorySchemaStore;
import io.newsflow.registry.core.RegistryException;
import io.newsflow.registry.core.RegistryService;
import io.newsflow.registry.core.StoredVersion;
import org.apache.avro.Schema;

/**
 * A registry client that runs the registry itself in this process: the same
 * {@link RegistryService} as the HTTP server, on an in-memory store. So ids, versions,
 * compatibility checks and error codes are exactly the server's, which is what lets
 * {@code TopologyTestDriver} tests rely on it. Obtain shared instances from
 * {@link MockSchemaRegistry}.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {
    private final RegistryService service;
    private final Map<Integer, Schema> schemaCache = new ConcurrentHashMap<>();

    /** A client over a fresh, empty registry. */
    public InMemorySchemaRegistryClient() {
        this(RegistryService.open(new InMemorySchemaStore()));
    }

    /** A client over an existing registry service. */
    public InMemorySchemaRegistryClient(RegistryService service) {
        this.service = service;
    }

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        return call(() -> service.register(subject, schema.toString(), AvroSchemas.AVRO));
    }

    @Override
    public int getId(String subject, Schema schema, boolean normalize) {
        return call(() -> service.queries().lookup(subject, schema.toString(), AvroSchemas.AVRO, false).id());
    }

    @Override
    public int getVersion(String subject, Schema schema, boolean normalize) {
        return call(() -> service.queries().lookup(subject, schema.toString(), AvroSchemas.AVRO, false).version());
    }

    @Override
    public Schema getSchemaById(int id) {
        return schemaCache.computeIfAbsent(id,
                i -> call(() -> AvroSchemas.parse(service.queries().schemaById(i), null)));
    }

    @Override
    public SchemaMetadata getLatestSchemaMetadata(String subject) {
        return call(() -> metadata(service.queries().find(subject, "latest", false)));
    }

    @Override
    public SchemaMetadata getSchemaMetadata(String subject, int version) {
        return call(() -> metadata(service.queries().find(subject, Integer.toString(version), false)));
    }

    @Override
    public Collection<String> getAllSubjects() {
        return call(() -> service.queries().subjects(null, false));
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        return call(() -> service.queries().versions(subject, false));
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return call(() -> service.deleteSubject(subject, permanent));
    }

    @Override
    public int deleteSchemaVersion(String subject, String version, boolean permanent) {
        return call(() -> service.deleteVersion(subject, version, permanent));
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        return call(() -> service.testCompatibility(subject, null, schema.toString(), AvroSchemas.AVRO).isEmpty());
    }

    @Override
    public String updateCompatibility(String subject, String compatibility) {
        return call(() -> (subject == null ? service.configs().setGlobal(compatibility)
                : service.configs().setSubject(subject, compatibility)).name());
    }

    @Override
    public String getCompatibility(String subject) {
        return call(() -> (subject == null ? service.configs().global()
                : service.configs().subject(subject, true)).name());
    }

    @Override
    public String deleteCompatibility(String subject) {
        return call(() -> service.configs().deleteSubject(subject).name());
    }

    @Override
    public void close() {
        // the registry lives as long as its scope in MockSchemaRegistry, not as long as a client
    }

    private static SchemaMetadata metadata(StoredVersion v) {
        return new SchemaMetadata(v.id(), v.version(), v.subject(), v.schema());
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RegistryException e) {
            throw new RestClientException(e.getMessage(), e.status(), e.errorCode());
        }
    }
}
