package dev.meshgovernance.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mesh-governance}: the top-level command; its subcommands do the work. */
@Command(name = "mesh-governance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = "Governance as code for data mesh platforms: checks data products, contracts and SQL.",
    subcommands = {CheckCommand.class, BaselineCommand.class, ExplainCommand.class, DiffCommand.class,
        LineageCommand.class, CommandLine.HelpCommand.class})
final class MeshGovernanceCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command, e.g. 'check <workspace>'");
  }

  /** The command line with exit codes: 0 ok, 1 violations at the threshold, 2 usage or I/O errors. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new MeshGovernanceCommand());
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      err.flush();
      return ExitCodes.USAGE_OR_IO;
    });
    return commandLine;
  }
}
