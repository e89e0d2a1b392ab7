package dev.meshgovernance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files a change touched, as paths relative to the workspace (how the mesh names its files):
 * listed on the command line, or what git says changed since a reference.
 */
final class ChangedFiles {

  private static final long GIT_TIMEOUT_SECONDS = 60;

  private ChangedFiles() {}

  /**
   * The given paths (relative to the current directory, as {@code git diff --name-only} prints
   * them at the repository root, or absolute) that lie inside the workspace, relative to it.
   */
  static List<String> inWorkspace(Path workspace, Collection<Path> paths) {
    Path root = workspace.toAbsolutePath().normalize();
    TreeSet<String> relative = new TreeSet<>();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(root)) {
        relative.add(root.relativize(absolute).toString().replace('\\', '/'));
      }
    }
    return List.copyOf(relative);
  }

  /**
   * What changed in the workspace since the point where the current branch left {@code ref}
   * ({@code git merge-base ref HEAD}), committed or not, plus untracked files: the files a pull
   * request touches.
   *
   * @throws IOException when git cannot be run, or fails (not a repository, unknown ref), with its message
   */
  static List<String> since(Path workspace, String ref) throws IOException {
    String base = git(workspace, "merge-base", ref, "HEAD").trim();
    TreeSet<String> files = new TreeSet<>();
    files.addAll(nulSeparated(git(workspace, "diff", "--name-only", "--relative", "-z", base)));
    files.addAll(nulSeparated(git(workspace, "ls-files", "--others", "--exclude-standard", "-z")));
    return List.copyOf(files);
  }

  private static List<String> nulSeparated(String output) {
    List<String> names = new ArrayList<>();
    for (String name : output.split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String git(Path directory, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
    command.addAll(List.of(arguments));
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new IOException("cannot run git for --changed-since: " + e.getMessage(), e);
    }
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    try {
      if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("git " + arguments[0] + " did not finish within " + GIT_TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IOException("git " + String.join(" ", arguments) + " failed: " + err.join().strip());
      }
      return out.join();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running git", e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
