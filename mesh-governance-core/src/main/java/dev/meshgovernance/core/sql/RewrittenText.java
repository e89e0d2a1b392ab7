package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A statement after its {@link Rewrite rewrites}: the text given to the parser, and the way back
 * from a position in it to the position in the statement as written.
 *
 * @param original the statement as written
 * @param text the statement given to the parser ({@code original} when nothing was rewritten)
 * @param edits the edits made, sorted by position
 * @param applied the names of the rewrites that made an edit
 */
record RewrittenText(String original, String text, List<TextEdit> edits, List<String> applied) {

  RewrittenText {
    edits = List.copyOf(edits);
    applied = List.copyOf(applied);
  }

  /** The statement unchanged. */
  static RewrittenText unchanged(String text) {
    return new RewrittenText(text, text, List.of(), List.of());
  }

  /** Applies non-overlapping {@code edits} to {@code original}; an edit overlapping an earlier one is dropped. */
  static RewrittenText of(String original, List<TextEdit> edits, List<String> applied) {
    if (edits.isEmpty()) {
      return unchanged(original);
    }
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start));
    List<TextEdit> kept = new ArrayList<>();
    StringBuilder text = new StringBuilder(original.length() + 16 * sorted.size());
    int at = 0;
    for (TextEdit edit : sorted) {
      if (edit.start() < at || edit.end() > original.length()) {
        continue;
      }
      text.append(original, at, edit.start()).append(edit.replacement());
      at = edit.end();
      kept.add(edit);
    }
    text.append(original, at, original.length());
    return new RewrittenText(original, text.toString(), kept, applied);
  }

  /** The offset in {@code original} of offset {@code rewritten} of {@code text}; inside a replacement, its start. */
  int originalOffset(int rewritten) {
    int shift = 0;
    for (TextEdit edit : edits) {
      int newStart = edit.start() + shift;
      if (rewritten < newStart) {
        break;
      }
      int newEnd = newStart + edit.replacement().length();
      if (rewritten < newEnd) {
        return edit.start();
      }
      shift += edit.replacement().length() - (edit.end() - edit.start());
    }
    return Math.max(0, Math.min(original.length(), rewritten - shift));
  }
}
