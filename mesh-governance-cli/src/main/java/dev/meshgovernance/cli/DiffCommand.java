package dev.meshgovernance.cli;

import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.core.evolution.Changelog;
import dev.meshgovernance.core.evolution.ContractDiff;
import dev.meshgovernance.core.read.WorkspaceReader;
import dev.meshgovernance.core.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mesh-governance diff <previous> <current>}: the changelog of every contract both states
 * hold, breaking or not. It reports; it does not judge (that is {@code check --previous}).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = "Lists what changed in each contract between two states of a workspace.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the changelog was written", "2:bad usage, or input/output that could not be read or written"})
final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<previous>", description = "The previous state, e.g. a checkout of main.")
  Path previous;

  @Parameters(index = "1", paramLabel = "<current>", description = "The current state.")
  Path current;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).",
      converter = ReportFormatConverter.class)
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the changelog to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    WorkspaceTarget.directory(previous, "previous state");
    WorkspaceTarget.directory(current, "current state");
    WorkspaceReader reader = new WorkspaceReader();
    List<ContractEvolution> evolutions = ContractDiff.evolutions(reader.read(previous), reader.read(current));
    Output.write(spec, output, out -> write(evolutions, out));
    return ExitCodes.OK;
  }

  private void write(List<ContractEvolution> evolutions, Writer out) throws IOException {
    if (format == ReportFormat.JSON) {
      Changelog.writeJson(evolutions, out);
    } else {
      Changelog.writeText(evolutions, out);
    }
  }
}
