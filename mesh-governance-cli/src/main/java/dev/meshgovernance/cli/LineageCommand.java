package dev.meshgovernance.cli;

import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.core.read.WorkspaceReader;
import dev.meshgovernance.core.sql.lineage.LineageJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mesh-governance lineage <workspace>}: the column-level lineage of the workspace's SQL. */
@Command(name = "lineage", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = {"Prints the column-level lineage of the workspace's SQL statements.",
        "json: {\"statements\": [{subject, location, approximate, issues, inputs, outputs}]}, datasets with"
            + " OpenLineage's columnLineage facet.",
        "openlineage: OpenLineage static-lineage job events, one JSON object per line (JSON Lines), each"
            + " a request body for Marquez's POST /api/v1/lineage."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:lineage written", "2:bad usage, or input/output that could not be read or written"})
final class LineageCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<workspace>",
      description = "Directory of products, contracts and SQL, or one SQL file of it (its statements only).")
  Path workspace;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json or openlineage (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--namespace", defaultValue = LineageJson.DEFAULT_NAMESPACE, paramLabel = "NS",
      description = "Namespace of the datasets and jobs (default: ${DEFAULT-VALUE}).")
  String namespace;

  @CommandLine.Mixin
  DialectOption dialect;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!chosen.equals("json") && !chosen.equals("openlineage")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown format '" + format + "', expected json or openlineage");
    }
    if (namespace.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--namespace must not be blank");
    }
    WorkspaceTarget target = WorkspaceTarget.of(workspace);
    Mesh mesh = new WorkspaceReader(dialect.analyzer()).read(target.root());
    List<SqlStatement> statements = mesh.statements().stream()
        .filter(s -> target.file().map(f -> f.equals(s.origin().file())).orElse(true)).toList();
    Output.write(spec, output, out -> write(chosen, statements, out));
    return ExitCodes.OK;
  }

  private void write(String chosen, List<SqlStatement> statements, Writer out) throws IOException {
    if (chosen.equals("json")) {
      new LineageJson(namespace).write(statements, out);
    } else {
      new OpenLineageEvents(namespace, clock).write(statements, out);
    }
  }
}
