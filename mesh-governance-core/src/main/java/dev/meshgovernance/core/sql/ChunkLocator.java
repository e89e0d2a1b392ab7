package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.Origin;
import java.util.Optional;

/**
 * Turns spans of the text the parser was given into origins in the file: back through the statement's
 * {@link RewrittenText rewrites}, if any, to the statement as written, then to the statement's place in the file
 * (statements may start anywhere in a line), through the part of the statement the parser read when that is
 * what an {@link Envelope} wraps. A span whose end falls before its start once mapped back (it lies
 * inside a rewritten part) keeps its start only.
 */
final class ChunkLocator {

  private final String file;
  private final TextPositions filePositions;
  private final SqlChunk chunk;
  private final Optional<RewrittenText> extracted;
  private final Optional<RewrittenText> rewritten;
  private final TextPositions parsedPositions;

  /**
   * A locator for a statement of which the parser read a part ({@code extracted}: what an {@link Envelope}
   * wraps, and the way back to the statement), itself rewritten or not.
   */
  ChunkLocator(String file, TextPositions filePositions, SqlChunk chunk, Optional<RewrittenText> extracted,
      Optional<RewrittenText> rewritten) {
    this.file = file;
    this.filePositions = filePositions;
    this.chunk = chunk;
    this.extracted = extracted;
    this.rewritten = rewritten;
    this.parsedPositions = new TextPositions(rewritten.map(RewrittenText::text)
        .orElse(extracted.map(RewrittenText::text).orElse(chunk.text())));
  }

  /** The origin in the file of {@code span}. */
  Origin origin(TextSpan span) {
    int start = fileOffset(span.line(), span.column(), false);
    int end = fileOffset(span.endLine(), span.endColumn(), true);
    int line = filePositions.line(start);
    int column = filePositions.column(start);
    if (end <= start) {
      return Origin.of(file, line, column);
    }
    int endLine = filePositions.line(end - 1);
    return Origin.span(file, line, column, endLine, filePositions.column(end - 1) + 1);
  }

  private int fileOffset(int line, int column, boolean end) {
    int parsed = parsedPositions.offset(line, column);
    int inRead = rewritten.map(r -> r.originalOffset(parsed)).orElse(parsed);
    // an end is exclusive: the character before it is what the span's last character was written as
    int inChunk = extracted.map(e -> end && inRead > 0 ? e.originalOffset(inRead - 1) + 1 : e.originalOffset(inRead))
        .orElse(inRead);
    return chunk.offset() + Math.min(inChunk, chunk.text().length());
  }
}
