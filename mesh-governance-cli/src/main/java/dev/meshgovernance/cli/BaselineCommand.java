package dev.meshgovernance.cli;

import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.core.baseline.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mesh-governance baseline <workspace>}: records the workspace's violations in a baseline file,
 * so that {@code check --baseline FILE} then counts only new ones. Evaluates with the same options as
 * {@code check} ({@link EngineOptions}); waived violations are not recorded.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = {"Records the workspace's violations in a baseline file, so that 'check --baseline FILE' counts "
        + "only new ones.",
        "The check lists the baseline's entries fixed since; run this again to drop them (it records all of "
        + "today's violations, new ones included)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the baseline was written",
        "2:bad usage, input/output that could not be read or written, or a bad policy file"})
final class BaselineCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<workspace>", description = "Directory of products, contracts and SQL.")
  Path workspace;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where to write the baseline (default: " + BaselineFile.DEFAULT_NAME + " in the workspace).")
  Path output;

  @CommandLine.Mixin
  EngineOptions engineOptions;

  @Override
  public Integer call() throws IOException {
    Baseline baseline = Baseline.of(engineOptions.evaluate(WorkspaceTarget.directory(workspace, "workspace")));
    Path file = output != null ? output : workspace.resolve(BaselineFile.DEFAULT_NAME);
    Output.write(spec, file, out -> BaselineFile.write(baseline, out));
    int count = baseline.entries().size();
    spec.commandLine().getOut().println("wrote " + count + (count == 1 ? " violation" : " violations") + " to " + file);
    return ExitCodes.OK;
  }
}
