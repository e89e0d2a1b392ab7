package dev.meshgovernance.core.read;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.api.model.SourceFile;
import dev.meshgovernance.api.model.SourceKind;
import dev.meshgovernance.core.internal.Diagnostics;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code input.nothing-read} error: a workspace (or a single file checked) of which no file was
 * read as a data product, a data contract or SQL — empty, all ignored or excluded, unreadable, or
 * holding only the policy or baseline file. A mistyped path or a moved folder then fails the gate
 * instead of passing with nothing checked.
 */
public final class NothingRead {

  /** What counts as read: products, contracts (and what their descriptors {@code $ref}), SQL files. */
  private static final Set<SourceKind> READ =
      EnumSet.of(SourceKind.ODCS, SourceKind.ODPS, SourceKind.DPDS, SourceKind.REFERENCED, SourceKind.SQL);

  private NothingRead() {}

  /** The error for a workspace whose {@code files} include none read, if so. */
  static Optional<Violation> inWorkspace(Collection<SourceFile> files) {
    if (files.stream().anyMatch(f -> READ.contains(f.kind()))) {
      return Optional.empty();
    }
    long ignored = files.stream().filter(f -> f.kind() == SourceKind.IGNORED).count();
    long unreadable = files.stream().filter(f -> f.kind() == SourceKind.UNREADABLE).count();
    return Optional.of(Diagnostics.error(Diagnostics.INPUT_NOTHING_READ, "workspace",
        "nothing to check: no file of the workspace was read as a data product, a data contract or SQL ("
            + files.size() + " file(s) found, " + ignored + " ignored, " + unreadable + " unreadable)",
        Diagnostics.fileSubject(""), Origin.of("")));
  }

  /**
   * The error for checking only {@code file} (relative to the workspace, as the mesh names its files)
   * when it was not read as a data product, a data contract or SQL, if so. The policy file is not
   * such a file: checking it checks the whole workspace.
   */
  public static Optional<Violation> inFile(Mesh mesh, String file) {
    Optional<SourceKind> kind = mesh.files().stream().filter(f -> f.path().equals(file)).map(SourceFile::kind)
        .findFirst();
    if (kind.filter(k -> READ.contains(k) || k == SourceKind.POLICY).isPresent()) {
      return Optional.empty(); // a changed policy file is a check of the whole workspace
    }
    String what = kind.map(k -> switch (k) {
      case BASELINE -> "it is the baseline file";
      case UNREADABLE -> "it cannot be read";
      default -> "it is none of the standards read";
    }).orElse("it is not a YAML, JSON or SQL file of the workspace, or is excluded");
    return Optional.of(Diagnostics.error(Diagnostics.INPUT_NOTHING_READ, "file",
        "nothing to check: " + file + " was not read as a data product, a data contract or SQL (" + what + ")",
        Diagnostics.fileSubject(file), Origin.of(file)));
  }
}
