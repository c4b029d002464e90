package io.newsflow.app;

import io.newsflow.app.cli.NewsflowCommand;
import picocli.CommandLine;

/** Entry point of the {@code newsflow} command: it only wires the command line. */
public final class Newsflow {

    private Newsflow() {
    }

    public static void main(String[] args) {
        System.exit(NewsflowCommand.commandLine().execute(args));
    }
}
