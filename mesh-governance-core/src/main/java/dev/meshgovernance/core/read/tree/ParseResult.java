package dev.meshgovernance.core.read.tree;

import dev.meshgovernance.api.Violation;

/** What parsing a text gave: a document, or the reason it is unreadable. */
public sealed interface ParseResult {

  /** The text parsed into {@code document}. */
  record Parsed(ParsedDocument document) implements ParseResult {}

  /** The text did not parse; {@code violation} is an {@code input.unreadable} saying where and why. */
  record Failed(Violation violation) implements ParseResult {}
}
