package dev.meshgovernance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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

  /** The repository root: the {@code meshgovernance.root} property Maven sets, or the nearest directory with {@code examples/}. */
  static Path root() {
    String property = System.getProperty("meshgovernance.root");
    if (property != null && Files.isDirectory(Path.of(property, "examples"))) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root");
  }

  static Path example() {
    return root().resolve("examples/ecommerce-mesh");
  }
}
