package dev.meshgovernance.cli;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that decide how a workspace is read and judged — {@code --config}, {@code --profile},
 * {@code --dialect}, {@code --previous} — shared by the commands that evaluate one ({@code check},
 * {@code baseline}, {@code explain}), so a baseline is written with exactly the rules a check then applies.
 */
final class EngineOptions {

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Policy file (extends, rules, domains, waivers); default: governance.yaml (or .yml) at the "
          + "workspace root, if there is one.")
  Path config;

  @Option(names = "--profile", defaultValue = "recommended", paramLabel = "NAME",
      description = "Rule profile: recommended or strict (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "The previous state of the workspace (e.g. a checkout of the main branch): contracts are "
          + "checked for breaking changes and version bumps against it.")
  Path previous;

  @CommandLine.Mixin
  DialectOption dialect;

  /** The engine: every rule on the classpath, the profile, then the policy file. */
  GovernanceEngine engine(Path workspace) {
    GovernanceEngine.Builder builder = GovernanceEngine.builder().discoverRules().profile(profile)
        .sqlAnalyzer(dialect.analyzer());
    return (config != null ? builder.policy(config) : builder.workspacePolicy(workspace)).build();
  }

  /** Reads the workspace and runs every rule over it, as {@code check} without options does. */
  GovernanceReport evaluate(Path workspace) {
    GovernanceEngine engine = engine(workspace);
    return engine.evaluate(read(engine, workspace));
  }

  /** Checks that the workspace (and previous state) are directories, then reads them. */
  Mesh read(GovernanceEngine engine, Path workspace) {
    requireDirectory(workspace, "workspace");
    if (previous == null) {
      return engine.read(workspace);
    }
    requireDirectory(previous, "previous state");
    return engine.read(workspace, previous);
  }

  private void requireDirectory(Path directory, String what) {
    if (!Files.isDirectory(directory)) {
      throw new CommandLine.ParameterException(spec.commandLine(), what + " '" + directory + "' is not a directory");
    }
  }
}
