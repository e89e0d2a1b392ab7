package dev.meshgovernance.core.read.dpds;

import dev.meshgovernance.core.read.tree.ParsedDocument;
import java.util.Optional;

/** The workspace files a descriptor's {@code $ref}s may reach. */
public interface DocumentSource {

  /** True when the workspace has {@code file} (relative to the root, {@code /} separators). */
  boolean exists(String file);

  /** {@code file} parsed, when it is a YAML or JSON file that parses into exactly one document. */
  Optional<ParsedDocument> document(String file);
}
