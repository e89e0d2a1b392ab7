package dev.meshgovernance.cli;

import dev.meshgovernance.core.sql.SqlAnalyzer;
import dev.meshgovernance.core.sql.SqlDialect;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --dialect} option of the commands that read SQL. */
final class DialectOption {

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--dialect", defaultValue = "ansi", paramLabel = "NAME",
      description = "SQL dialect of the workspace's SQL: ansi, postgres, snowflake, bigquery, spark, trino, "
          + "redshift or tsql (default: ${DEFAULT-VALUE}).")
  String dialect;

  /** An analyzer for the chosen dialect; an unknown dialect is a usage error naming the accepted ones. */
  SqlAnalyzer analyzer() {
    try {
      return SqlAnalyzer.builder().dialect(SqlDialect.parse(dialect)).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
