package io.newsflow.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code newsflow} command; each job is a subcommand with its own {@code --help}. */
@Command(name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Event-streaming ingestion of news articles on Apache Kafka: parse, enrich, deduplicate, aggregate.",
    subcommands = {DevCommand.class, ProduceCommand.class, StreamsCommand.class, RegistryCommand.class, ParseCommand.class,
        ConsumeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line with newsflow's converters and error handling installed. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsflowCommand(), new CommandFactory());
        cli.registerConverter(java.time.Duration.class, new DurationConverter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a clear one-line error for users; the stack trace only when asked for
            commandLine.getErr().println("newsflow " + commandLine.getCommandName() + ": " + messageOf(e));
            if (System.getenv("NEWSFLOW_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
