package dev.meshgovernance.cli;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mesh-governance check <workspace>}: reads a workspace, runs the rules, reports. */
@Command(name = "check", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = "Checks a mesh workspace and reports its violations.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing reached the --fail-on threshold", "1:some violation reached it",
        "2:bad usage, or input/output that could not be read or written"})
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<workspace>", description = "Directory of products, contracts and SQL.")
  Path workspace;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class)
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "The previous state of the workspace (e.g. a checkout of the main branch): contracts are "
          + "checked for breaking changes and version bumps against it.")
  Path previous;

  @CommandLine.Mixin
  DialectOption dialect;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Policy file (extends, rules); default: governance.yaml at the workspace root, if there is one.")
  Path config;

  @Option(names = "--profile", defaultValue = "recommended", paramLabel = "NAME",
      description = "Rule profile: recommended or strict (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 when a violation is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(workspace)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "workspace '" + workspace + "' is not a directory");
    }
    GovernanceEngine.Builder builder = GovernanceEngine.builder().discoverRules().profile(profile)
        .sqlAnalyzer(dialect.analyzer());
    Path policy = config != null ? config : workspace.resolve("governance.yaml");
    if (config != null || Files.isRegularFile(policy)) {
      builder.policy(policy);
    }
    GovernanceEngine engine = builder.build();
    if (previous != null && !Files.isDirectory(previous)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "previous state '" + previous + "' is not a directory");
    }
    GovernanceReport report = previous == null ? engine.evaluate(workspace) : engine.evaluate(workspace, previous);
    Output.write(spec, output, out -> format.reporter().write(report, out));
    return failOn.failed(report) ? ExitCodes.VIOLATIONS : ExitCodes.OK;
  }

  /** Accepts format names in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      for (ReportFormat f : ReportFormat.values()) {
        if (f.id().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value + "', expected text or json");
    }
  }
}
