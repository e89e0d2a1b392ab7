package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference to a named window in parentheses, {@code OVER (w) … WINDOW w AS (PARTITION BY c)},
 * becomes {@code OVER w}, which JSqlParser reads: in standard SQL both name the window {@code w}
 * exactly. Only when the parentheses hold that one name and nothing else (a window that refines a
 * named one, {@code OVER (w ORDER BY d)}, is left alone).
 */
final class NamedWindowRewrite implements Rewrite {

  @Override
  public String name() {
    return "named-window";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).is("over") && tokens.get(i + 1).is('(') && tokens.get(i + 2).kind() == SqlToken.Kind.WORD
          && tokens.get(i + 3).is(')')) {
        edits.add(new TextEdit(tokens.get(i + 1).offset(), tokens.get(i + 3).end(), " " + tokens.get(i + 2).text() + " "));
      }
    }
    return edits;
  }
}
