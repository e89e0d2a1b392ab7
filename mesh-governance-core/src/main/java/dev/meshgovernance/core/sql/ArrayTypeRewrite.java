package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Trino's array type in a cast, {@code CAST(x AS ARRAY(DOUBLE))}, becomes {@code CAST(x AS ARRAY<DOUBLE>)},
 * JSqlParser's spelling of the same type. Only for {@code AS ARRAY(} followed by one type name (with
 * its own numeric parameters, as in {@code DECIMAL(10, 2)}) and {@code )}.
 */
final class ArrayTypeRewrite implements Rewrite {

  @Override
  public String name() {
    return "array-type";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 3 < tokens.size(); i++) {
      if (!tokens.get(i).is("array") || !tokens.get(i - 1).is("as") || !tokens.get(i + 1).is('(')
          || tokens.get(i + 2).kind() != SqlToken.Kind.WORD) {
        continue;
      }
      int close = TokenScan.closing(tokens, i + 1);
      int at = i + 3;
      if (TokenScan.isSymbol(tokens, at, '(')) {
        int inner = TokenScan.closing(tokens, at);
        boolean numbers = inner > at && tokens.subList(at + 1, inner).stream()
            .allMatch(t -> t.kind() == SqlToken.Kind.NUMBER || t.is(','));
        at = numbers ? inner + 1 : -1;
      }
      if (close > 0 && at == close) {
        edits.add(new TextEdit(tokens.get(i + 1).offset(), tokens.get(i + 1).end(), "<"));
        edits.add(new TextEdit(tokens.get(close).offset(), tokens.get(close).end(), ">"));
      }
    }
    return edits;
  }
}
