package io.newsflow.app.cli;

import io.newsflow.app.dev.RegistrySerializers;
import picocli.CommandLine;

/**
 * Creates newsflow's commands for picocli, giving {@code produce} the Schema Registry's Avro
 * serializer (Confluent wire format); every other class is created the default way.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ProduceCommand.class) {
            return type.cast(new ProduceCommand(RegistrySerializers::create));
        }
        return fallback.create(type);
    }
}
