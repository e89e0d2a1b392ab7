package dev.meshgovernance.core.report.json;

import java.io.FilterWriter;
import java.io.Writer;

/** A writer whose {@code close()} only flushes, so Jackson does not close the caller's stream. */
final class NonClosingWriter extends FilterWriter {

  NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws java.io.IOException {
    flush();
  }
}
