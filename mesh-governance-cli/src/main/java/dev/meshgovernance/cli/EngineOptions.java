package dev.meshgovernance.cli;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.core.engine.GovernanceEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that decide how a workspace is evaluated — {@code --config}, {@code --profile},
 * {@code --dialect}, {@code --previous} — shared by the commands that evaluate one ({@code check},
 * {@code baseline}), so a baseline is written with exactly the rules a check then applies.
 */
final class EngineOptions {

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Policy file (extends, rules); default: governance.yaml at the workspace root, if there is one.")
  Path config;

  @Option(names = "--profile", defaultValue = "recommended", paramLabel = "NAME",
      description = "Rule profile: recommended or strict (default: ${DEFAULT-VALUE}).")
  String profile;

  @CommandLine.Mixin
  DialectOption dialect;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "The previous state of the workspace (e.g. a checkout of the main branch): contracts are "
          + "checked for breaking changes and version bumps against it.")
  Path previous;

  /**
   * Reads the workspace and runs the rules over it as the options say. A workspace or previous state
   * that is not a directory is a usage error; a bad policy file fails with its location.
   */
  GovernanceReport evaluate(Path workspace) {
    if (!Files.isDirectory(workspace)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "workspace '" + workspace + "' is not a directory");
    }
    if (previous != null && !Files.isDirectory(previous)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "previous state '" + previous + "' is not a directory");
    }
    GovernanceEngine.Builder builder = GovernanceEngine.builder().discoverRules().profile(profile)
        .sqlAnalyzer(dialect.analyzer());
    Path policy = config != null ? config : workspace.resolve("governance.yaml");
    if (config != null || Files.isRegularFile(policy)) {
      builder.policy(policy);
    }
    GovernanceEngine engine = builder.build();
    return previous == null ? engine.evaluate(workspace) : engine.evaluate(workspace, previous);
  }
}
