package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's schema-qualified operators, {@code col1 OPERATOR(public.=) 'v'},
 * {@code a OPERATOR(pg_catalog.||) b}: the operator is written without its schema, {@code col1 = 'v'}.
 * The schema only says where the operator is looked up; the operator symbol, its operands and its
 * precedence stay, so the same columns meet in the same expression. Only for an operator made of
 * symbols, right after {@code schema.}; {@code ORDER BY a USING OPERATOR(…)} is left to
 * {@link OrderByUsingRewrite}.
 */
final class QualifiedOperatorRewrite implements Rewrite {

  @Override
  public String name() {
    return "qualified-operator";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 4 < tokens.size(); i++) {
      String operator = operatorAt(tokens, i);
      if (!operator.isEmpty() && !tokens.get(i - 1).is("using")) {
        int close = TokenScan.closing(tokens, i + 1);
        edits.add(new TextEdit(tokens.get(i).offset(), tokens.get(close).end(), operator));
        i = close;
      }
    }
    return edits;
  }

  /** The operator of {@code OPERATOR(schema.op)} starting at {@code i}, or {@code ""} when none starts there. */
  static String operatorAt(List<SqlToken> tokens, int i) {
    if (!TokenScan.isWord(tokens, i, "operator") || !TokenScan.isSymbol(tokens, i + 1, '(')
        || !TokenScan.isSymbol(tokens, i + 3, '.') || !tokens.get(i + 2).isName()) {
      return "";
    }
    int close = TokenScan.closing(tokens, i + 1);
    if (close <= i + 4) {
      return "";
    }
    StringBuilder operator = new StringBuilder();
    for (int k = i + 4; k < close; k++) {
      SqlToken token = tokens.get(k);
      if (token.kind() != SqlToken.Kind.SYMBOL || k > i + 4 && !TokenScan.touching(tokens, k - 1)) {
        return "";
      }
      operator.append(token.text());
    }
    return operator.toString();
  }
}
