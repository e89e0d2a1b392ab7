package dev.meshgovernance.cli;

import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line in this JVM: exit code, standard output and standard error. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = MeshGovernanceCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Standard output without the text report's {@code configuration sha256:…} line, for tests about the rest. */
  String report() {
    return out.lines().filter(line -> !line.startsWith("configuration sha256:"))
        .map(line -> line + System.lineSeparator()).collect(java.util.stream.Collectors.joining());
  }

  static Path root() {
    return RepositoryRoot.path();
  }

  static Path example() {
    return root().resolve("examples/ecommerce-mesh");
  }
}
