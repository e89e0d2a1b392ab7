package dev.meshgovernance.core.read;

import dev.meshgovernance.core.read.dpds.DocumentSource;
import dev.meshgovernance.core.read.tree.ParseResult;
import dev.meshgovernance.core.read.tree.ParsedDocument;
import dev.meshgovernance.core.read.tree.TreeParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The YAML and JSON files of one read, each loaded and parsed at most once. Not thread-safe. */
final class Documents implements DocumentSource {

  private final Workspace workspace;
  private final TreeParser parser;
  private final Map<String, ParseResult> parsed = new HashMap<>();

  Documents(Workspace workspace, TreeParser parser) {
    this.workspace = workspace;
    this.parser = parser;
  }

  /**
   * {@code file} parsed: every document it holds ({@link ParseResult.Stream}), or the
   * {@code input.unreadable} violation that says why not.
   */
  ParseResult parse(String file) {
    return parsed.computeIfAbsent(file, f -> {
      Workspace.Text text = workspace.read(f);
      if (text instanceof Workspace.Text.Unreadable unreadable) {
        return new ParseResult.Failed(unreadable.violation());
      }
      return parser.parseStream(f, ((Workspace.Text.Content) text).text());
    });
  }

  /** The first document of {@code file}, which already parsed. */
  ParsedDocument parsed(String file) {
    if (parse(file) instanceof ParseResult.Stream ok) {
      return ok.documents().get(0);
    }
    throw new IllegalStateException(file + " was expected to have parsed");
  }

  @Override
  public boolean exists(String file) {
    return workspace.exists(file);
  }

  @Override
  public Optional<ParsedDocument> document(String file) {
    if (!TreeParser.isTree(file) || !workspace.exists(file)) {
      return Optional.empty();
    }
    // a $ref reaches a file of one document: which document of a stream a pointer means is not said
    return parse(file) instanceof ParseResult.Stream ok && ok.documents().size() == 1
        ? Optional.of(ok.documents().get(0)) : Optional.empty();
  }
}
