package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Spark's {@code a SEMI JOIN b ON …}: Spark defines SEMI JOIN as LEFT SEMI JOIN (LEFT is optional),
 * and it is written {@code LEFT SEMI JOIN}, which JSqlParser reads. Only when no join type precedes
 * SEMI.
 */
final class SemiJoinRewrite implements Rewrite {

  @Override
  public String name() {
    return "semi-join";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      SqlToken before = tokens.get(i - 1);
      if (tokens.get(i).is("semi") && tokens.get(i + 1).is("join") && !before.is("left") && !before.is("natural")
          && !before.is("right")) {
        edits.add(new TextEdit(tokens.get(i).offset(), tokens.get(i).offset(), "LEFT "));
      }
    }
    return edits;
  }
}
