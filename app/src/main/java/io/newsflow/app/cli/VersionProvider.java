package io.newsflow.app.cli;

import picocli.CommandLine;

/** Reports newsflow's version from the jar manifest, and the Kafka version it is built on. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "newsflow " + (version == null ? "(development build)" : version),
            "Apache Kafka " + org.apache.kafka.common.utils.AppInfoParser.getVersion(),
            "Java " + System.getProperty("java.version")
        };
    }
}
