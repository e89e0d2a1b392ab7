package dev.meshgovernance.core.read;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.read.tree.TreeParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the files of a read come from: a directory, or documents handed over in memory. */
sealed interface Workspace {

  /**
   * The files to read (YAML, JSON, SQL) and the data files found (see {@link DataFiles}), sorted,
   * relative with {@code /}, and the problems of listing them.
   */
  record Listing(List<String> files, List<String> data, List<Violation> problems) {}

  /** A file's text, or why it cannot be read. */
  sealed interface Text {
    /** The file's text. */
    record Content(String text) implements Text {}

    /** An {@code input.unreadable} violation. */
    record Unreadable(Violation violation) implements Text {}
  }

  Listing list();

  /** True when the workspace has {@code file}, a regular file inside the root. */
  boolean exists(String file);

  Text read(String file);

  /** True for the names of the files a workspace reads. */
  static boolean isRead(String file) {
    return TreeParser.isTree(file) || isSql(file);
  }

  /** True for the names of SQL files. */
  static boolean isSql(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".sql");
  }

  private static Violation unreadable(String file, String message) {
    return Diagnostics.error(Diagnostics.INPUT_UNREADABLE, "io", message, Diagnostics.fileSubject(file),
        Origin.of(file));
  }

  /** Documents held in memory, by name. */
  record Memory(Map<String, String> documents) implements Workspace {
    @Override
    public Listing list() {
      return new Listing(documents.keySet().stream().sorted().toList(), List.of(), List.of());
    }

    @Override
    public boolean exists(String file) {
      return documents.containsKey(file);
    }

    @Override
    public Text read(String file) {
      return new Text.Content(documents.get(file));
    }
  }

  /**
   * The files under a directory that {@code selection} selects; hidden directories and {@code target/}
   * are skipped, links inside the workspace followed (see {@link WorkspaceWalk}).
   */
  record Directory(Path root, FileSelection selection) implements Workspace {
    @Override
    public Listing list() {
      return new WorkspaceWalk(root, selection).list();
    }

    @Override
    public boolean exists(String file) {
      Path path = root.resolve(file).normalize();
      try {
        return path.startsWith(root) && Files.isRegularFile(path)
            && path.toRealPath().startsWith(root.toRealPath());
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public Text read(String file) {
      Path path = root.resolve(file);
      try {
        if (Files.size(path) > TreeParser.MAX_CHARS) {
          return new Text.Unreadable(unreadable(file, file + " has " + Files.size(path)
              + " bytes, more than the " + TreeParser.MAX_CHARS + " read"));
        }
        byte[] bytes = Files.readAllBytes(path);
        String text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
        return new Text.Content(text.startsWith("\uFEFF") ? text.substring(1) : text);
      } catch (CharacterCodingException e) {
        return new Text.Unreadable(unreadable(file, file + " is not valid UTF-8"));
      } catch (IOException e) {
        return new Text.Unreadable(unreadable(file, "cannot read " + file + ": " + e.getMessage()));
      }
    }
  }
}
