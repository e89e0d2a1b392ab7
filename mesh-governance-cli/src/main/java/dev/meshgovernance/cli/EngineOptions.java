package dev.meshgovernance.cli;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.read.FileSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that decide how a workspace is read and judged — {@code --config}, {@code --profile},
 * {@code --dialect}, {@code --previous}, {@code --include}, {@code --exclude} — shared by the commands that evaluate one ({@code check},
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

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Read only the files this .gitignore-style pattern matches (relative to the workspace root; "
          + "repeatable; after the policy file's include list).")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Do not read the files this .gitignore-style pattern matches, e.g. 'fixtures/' or '*.draft.yaml' "
          + "(repeatable; after the policy file's exclude list, so '!pattern' can take a file back).")
  List<String> exclude = new ArrayList<>();

  /** The engine: every rule on the classpath, the profile, then the policy file. */
  GovernanceEngine engine(Path workspace) {
    GovernanceEngine.Builder builder = GovernanceEngine.builder().discoverRules().profile(profile)
        .sqlAnalyzer(dialect.analyzer()).files(new FileSelection(include, exclude));
    return (config != null ? builder.policy(config) : builder.workspacePolicy(workspace)).build();
  }

  /** Reads the workspace directory and runs every rule over it, as {@code check} without options does. */
  GovernanceReport evaluate(Path workspace) {
    GovernanceEngine engine = engine(workspace);
    return engine.evaluate(read(engine, workspace));
  }

  /** Reads the workspace directory (and the previous state, which must be a directory). */
  Mesh read(GovernanceEngine engine, Path workspace) {
    if (previous == null) {
      return engine.read(workspace);
    }
    return engine.read(workspace, WorkspaceTarget.directory(previous, "previous state"));
  }
}
