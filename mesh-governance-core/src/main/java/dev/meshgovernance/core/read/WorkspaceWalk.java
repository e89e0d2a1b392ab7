package dev.meshgovernance.core.read;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One listing of a workspace directory. Hidden directories and {@code target/} are skipped, and so
 * is what the {@link FileSelection} leaves out. Symbolic links are followed when they stay inside the
 * workspace: the directories themselves are walked first, then the linked ones not walked yet (so
 * every real directory is walked once and a loop ends), and a file reached by several paths is
 * listed once: by its own path when that is walked, else by the first link path in sorted order. A link pointing
 * outside the workspace (to a directory, or a file the workspace would read) is
 * {@code input.outside-workspace} and not read; a broken link is {@code input.unreadable} (an error
 * when its name is one the workspace would read, else a warning). Used once, by one thread.
 */
final class WorkspaceWalk {

  private final Path root;
  private final FileSelection selection;
  private final Map<Path, List<String>> pathsByRealFile = new LinkedHashMap<>();
  private final Set<String> data = new TreeSet<>();
  private final List<Violation> problems = new ArrayList<>();
  private final Set<Path> walked = new HashSet<>();
  private final Deque<LinkedDirectory> links = new ArrayDeque<>();
  private Path realRoot;

  /** A link to a directory inside the workspace, walked after the real directories. */
  private record LinkedDirectory(Path link, String path, Path real) {}

  WorkspaceWalk(Path root, FileSelection selection) {
    this.root = root;
    this.selection = selection;
  }

  Workspace.Listing list() {
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      problems.add(unreadable("", "cannot list the workspace " + root + ": " + e.getMessage()));
      return new Workspace.Listing(List.of(), List.of(), problems);
    }
    walked.add(realRoot);
    visit(root, "");
    while (!links.isEmpty()) {
      LinkedDirectory linked = links.poll();
      if (walked.add(linked.real())) {
        visit(linked.link(), linked.path());
      }
    }
    TreeSet<String> files = new TreeSet<>();
    pathsByRealFile.forEach((real, paths) -> {
      String own = realRoot.relativize(real).toString().replace('\\', '/');
      files.add(paths.contains(own) ? own : paths.stream().sorted().findFirst().orElseThrow());
    });
    return new Workspace.Listing(List.copyOf(files), List.copyOf(data), problems);
  }

  private void visit(Path directory, String relative) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      problems.add(unreadable(relative, "cannot read " + (relative.isEmpty() ? "the workspace" : relative) + ": "
          + e.getMessage()));
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      String path = relative.isEmpty() ? name : relative + "/" + name;
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        problems.add(unreadable(path, "cannot read " + path + ": " + e.getMessage()));
        continue;
      }
      if (attributes.isSymbolicLink()) {
        link(entry, path);
      } else if (attributes.isDirectory()) {
        directory(entry, path);
      } else if (attributes.isRegularFile()) {
        file(path, entry);
      }
    }
  }

  private void directory(Path directory, String path) {
    if (!skipped(path)) {
      Path real;
      try {
        real = directory.toRealPath();
      } catch (IOException e) {
        real = directory.toAbsolutePath().normalize();
      }
      if (walked.add(real)) {
        visit(directory, path);
      }
    }
  }

  /** A hidden directory, {@code target/}, or one the selection excludes. */
  private boolean skipped(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.startsWith(".") || name.equals("target") || selection.excludesDirectory(path);
  }

  private void file(String path, Path file) {
    if (!selection.selects(path)) {
      return;
    }
    if (Workspace.isRead(path)) {
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException e) {
        real = file.toAbsolutePath().normalize();
      }
      pathsByRealFile.computeIfAbsent(real, r -> new ArrayList<>()).add(path);
    } else if (DataFiles.isData(path)) {
      data.add(path);
    }
  }

  private void link(Path link, String path) {
    String target = target(link);
    Path real;
    try {
      real = link.toRealPath();
    } catch (IOException e) {
      if (selection.selects(path)) {
        Severity severity = Workspace.isRead(path) ? Severity.ERROR : Severity.WARNING;
        problems.add(Diagnostics.of(severity, Diagnostics.INPUT_UNREADABLE, "broken-link",
            path + " is a symbolic link to " + target + ", which does not exist",
            Diagnostics.fileSubject(path), Origin.of(path)));
      }
      return;
    }
    boolean directory = Files.isDirectory(real);
    if (!real.startsWith(realRoot)) {
      boolean wouldRead = directory ? !skipped(path) : Workspace.isRead(path) && selection.selects(path);
      if (wouldRead) {
        problems.add(Diagnostics.error(Diagnostics.INPUT_OUTSIDE_WORKSPACE, "link",
            path + " is a symbolic link to " + target + ", outside the workspace: not read",
            Diagnostics.fileSubject(path), Origin.of(path)));
      }
      return;
    }
    if (directory) {
      if (!skipped(path)) {
        links.add(new LinkedDirectory(link, path, real));
      }
    } else if (Files.isRegularFile(real)) {
      file(path, link);
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString().replace('\\', '/');
    } catch (IOException | UnsupportedOperationException e) {
      return "an unknown target";
    }
  }

  private static Violation unreadable(String file, String message) {
    return Diagnostics.error(Diagnostics.INPUT_UNREADABLE, "io", message, Diagnostics.fileSubject(file),
        Origin.of(file));
  }
}
