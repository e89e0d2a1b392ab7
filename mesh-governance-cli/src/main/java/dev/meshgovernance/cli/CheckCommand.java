package dev.meshgovernance.cli;

import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.baseline.BaselineFile;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.report.ReportFormat;
import dev.meshgovernance.core.report.Reporter;
import dev.meshgovernance.core.report.text.TextReporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mesh-governance check <workspace>}: reads a workspace, runs the rules, reports. */
@Command(name = "check", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = "Checks a mesh workspace and reports its violations.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing reached the --fail-on threshold", "1:some violation reached it (baselined and "
        + "waived ones do not count)", "2:bad usage, input/output that could not be read or written, or a bad "
        + "policy or baseline file"})
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<workspace>", description = "Directory of products, contracts and SQL; or "
      + "one file, checked in the context of its workspace (the nearest enclosing directory with a governance.yaml, "
      + "else the file's directory), reporting that file's findings only.")
  Path workspace;

  @Option(names = "--verbose", description = "The text report lists the ignored files, not only their number.")
  boolean verbose;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).",
      converter = ReportFormatConverter.class)
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @CommandLine.Mixin
  EngineOptions engineOptions;

  @CommandLine.ArgGroup(exclusive = true)
  Changes changes;

  /** Changed-only runs: {@code --changed} or {@code --changed-since}, not both. */
  static final class Changes {
    @Option(names = "--changed", arity = "1..*", paramLabel = "PATH",
        description = "Check only the subjects written in these files (paths relative to the current directory, "
            + "as git diff --name-only prints them at the repository root); the whole workspace is still read "
            + "for context. A changed governance.yaml checks everything.")
    List<Path> paths;

    @Option(names = "--changed-since", paramLabel = "REF",
        description = "Like --changed, with the files git says the current branch changed since it left REF "
            + "(merge base), committed or not, and untracked ones; e.g. origin/main.")
    String ref;
  }
  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Baseline file written by 'baseline': the violations it records are reported as baselined and "
          + "do not count toward --fail-on; its entries no violation matches any more are reported as fixed. "
          + "Not applied unless given.")
  Path baseline;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 when a violation is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "What could not be read or fully judged counts too, at its severity (sql.analysis-incomplete is a "
          + "warning unless the policy file raises it).")
  FailOn failOn;

  @Override
  public Integer call() throws IOException {
    WorkspaceTarget target = WorkspaceTarget.of(workspace);
    if (target.file().isPresent() && changes != null) {
      throw new InputPathException("--changed and --changed-since take a workspace directory; " + workspace
          + " is a file");
    }
    Baseline known = baseline == null ? null : BaselineFile.read(baseline);
    GovernanceEngine engine = engineOptions.engine(target.root());
    Mesh mesh = engineOptions.read(engine, target.root());
    GovernanceReport report;
    if (target.file().isPresent()) {
      report = SingleFile.report(engine, mesh, target.file().get(), known);
    } else if (changes == null) {
      report = known == null ? engine.evaluate(mesh) : engine.evaluate(mesh).withBaseline(known);
    } else {
      List<String> files = changes.ref != null ? ChangedFiles.since(workspace, changes.ref)
          : ChangedFiles.inWorkspace(workspace, changes.paths);
      report = known == null ? engine.evaluateChanged(mesh, files) : engine.evaluateChanged(mesh, files, known);
    }
    Reporter reporter = format == ReportFormat.TEXT ? new TextReporter(verbose) : format.reporter();
    Output.write(spec, output, out -> reporter.write(report, out));
    return failOn.failed(report) ? ExitCodes.VIOLATIONS : ExitCodes.OK;
  }
}
