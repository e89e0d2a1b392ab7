package dev.meshgovernance.core.read.tree;

import dev.meshgovernance.api.Violation;
import java.util.List;

/** What parsing a text gave: its document or documents, or the reason it is unreadable. */
public sealed interface ParseResult {

  /** The text parsed into {@code document} ({@link TreeParser#parse}: one document, no duplicate key). */
  record Parsed(ParsedDocument document) implements ParseResult {}

  /**
   * The text parsed into {@code documents} ({@link TreeParser#parseStream}: every document of a YAML
   * stream, in order; a JSON file is one document).
   *
   * @param documents the documents, at least one (an empty text is one document with a missing root)
   * @param problems what was read but is wrong, the documents read anyway: {@code input.duplicate-key}
   */
  record Stream(List<ParsedDocument> documents, List<Violation> problems) implements ParseResult {
    public Stream {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  /**
   * The text did not parse; {@code violation} is an {@code input.unreadable} saying where and why
   * (from {@link TreeParser#parse}, also an {@code input.duplicate-key}).
   */
  record Failed(Violation violation) implements ParseResult {}
}
