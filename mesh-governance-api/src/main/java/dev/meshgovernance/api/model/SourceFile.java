package dev.meshgovernance.api.model;

import java.util.Objects;

/**
 * A file of the workspace and what it was read as.
 *
 * @param path path relative to the workspace root, with {@code /} separators
 * @param kind what it was read as (a YAML stream of several documents: what its first document read was read as)
 */
public record SourceFile(String path, SourceKind kind) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
  }
}
