package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * T-SQL compound assignments, {@code SELECT @I += 2}, {@code SELECT @sum += amount FROM t},
 * {@code UPDATE t SET t.rn += 1 …}: {@code x op= e} is defined as {@code x = x op (e)}, and is
 * written so. Only after SELECT, SET or a comma, for a variable or a (qualified) column; the
 * expression ends at the next comma, closing parenthesis or clause keyword at its level.
 */
final class CompoundAssignmentRewrite implements Rewrite {

  private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/", "%", "&", "|", "^");
  /** Words that end the assigned expression at its level. */
  private static final Set<String> ENDS = Set.of(
      "from", "where", "group", "having", "order", "output", "option", "into", "union", "except", "intersect",
      "for", "window");

  @Override
  public String name() {
    return "compound-assignment";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      SqlToken before = tokens.get(i - 1);
      if (!(before.is("select") || before.is("set") || before.is(','))) {
        continue;
      }
      int op = TokenScan.afterName(tokens, i);
      if (op == i || op + 2 >= tokens.size() || !isOperator(tokens.get(op)) || !tokens.get(op + 1).is('=')
          || !TokenScan.touching(tokens, op)) {
        continue;
      }
      int last = endOfExpression(tokens, op + 2);
      if (last < op + 2) {
        continue;
      }
      StringBuilder target = new StringBuilder();
      tokens.subList(i, op).forEach(t -> target.append(t.text()));
      edits.add(new TextEdit(tokens.get(op).offset(), tokens.get(op + 1).end(),
          "= " + target + " " + tokens.get(op).text() + " ("));
      edits.add(new TextEdit(tokens.get(last).end(), tokens.get(last).end(), ")"));
      i = last;
    }
    return edits;
  }

  private static boolean isOperator(SqlToken token) {
    return token.kind() == SqlToken.Kind.SYMBOL && OPERATORS.contains(token.text());
  }

  /** The index of the last token of the expression starting at {@code from}. */
  private static int endOfExpression(List<SqlToken> tokens, int from) {
    return TokenScan.lastBefore(tokens, from,
        i -> tokens.get(i).is(',') || tokens.get(i).is(';') || TokenScan.isOneOf(tokens, i, ENDS));
  }

}
