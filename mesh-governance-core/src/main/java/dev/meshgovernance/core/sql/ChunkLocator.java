package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Origin;
import java.util.Optional;

/**
 * Turns spans of the text the parser was given into origins in the file: back through the statement's
 * {@link RewrittenText rewrites}, if any, to the statement as written, then to the statement's place in the file
 * (statements may start anywhere in a line). A span whose end falls before its start once mapped back (it lies
 * inside a rewritten part) keeps its start only.
 */
final class ChunkLocator {

  private final String file;
  private final TextPositions filePositions;
  private final SqlChunk chunk;
  private final Optional<RewrittenText> rewritten;
  private final TextPositions parsedPositions;

  ChunkLocator(String file, TextPositions filePositions, SqlChunk chunk, Optional<RewrittenText> rewritten) {
    this.file = file;
    this.filePositions = filePositions;
    this.chunk = chunk;
    this.rewritten = rewritten;
    this.parsedPositions = new TextPositions(rewritten.map(RewrittenText::text).orElse(chunk.text()));
  }

  /** The origin in the file of {@code span}. */
  Origin origin(TextSpan span) {
    int start = fileOffset(span.line(), span.column());
    int end = fileOffset(span.endLine(), span.endColumn());
    int line = filePositions.line(start);
    int column = filePositions.column(start);
    if (end <= start) {
      return Origin.of(file, line, column);
    }
    int endLine = filePositions.line(end - 1);
    return Origin.span(file, line, column, endLine, filePositions.column(end - 1) + 1);
  }

  private int fileOffset(int line, int column) {
    int parsed = parsedPositions.offset(line, column);
    int inChunk = rewritten.map(r -> r.originalOffset(parsed)).orElse(parsed);
    return chunk.offset() + Math.min(inChunk, chunk.text().length());
  }
}
