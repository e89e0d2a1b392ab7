package dev.meshgovernance.cli;

import dev.meshgovernance.core.config.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a command was pointed at: a workspace directory, or one file checked in the context of its
 * workspace — the nearest enclosing directory that holds a policy file ({@code governance.yaml} or
 * {@code .yml}), else the file's own directory.
 *
 * @param root the workspace directory read
 * @param file the file given, relative to {@code root} with {@code /} separators; empty for a directory
 */
record WorkspaceTarget(Path root, Optional<String> file) {

  /**
   * The target of {@code given}.
   *
   * @throws InputPathException when {@code given} does not exist
   */
  static WorkspaceTarget of(Path given) {
    requireExists(given);
    if (Files.isDirectory(given)) {
      return new WorkspaceTarget(given, Optional.empty());
    }
    Path file = given.toAbsolutePath().normalize();
    Path root = workspaceOf(file);
    return new WorkspaceTarget(root, Optional.of(root.relativize(file).toString().replace('\\', '/')));
  }

  /**
   * {@code given}, which must be a directory.
   *
   * @param what what it is, for the message, e.g. {@code previous state}
   * @throws InputPathException when it does not exist or is not a directory
   */
  static Path directory(Path given, String what) {
    requireExists(given);
    if (!Files.isDirectory(given)) {
      throw new InputPathException(what + " " + given + " is a file, not a directory");
    }
    return given;
  }

  private static void requireExists(Path given) {
    if (!Files.exists(given)) {
      throw new InputPathException(given + " does not exist");
    }
  }

  private static Path workspaceOf(Path file) {
    Path directory = file.getParent();
    for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
      for (String name : Profile.WORKSPACE_FILES) {
        if (Files.isRegularFile(candidate.resolve(name))) {
          return candidate;
        }
      }
    }
    return directory;
  }
}
