package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's {@code ORDER BY a USING <} and {@code USING >} (also written
 * {@code USING OPERATOR(pg_catalog.<)}): PostgreSQL defines ASC as {@code USING <} and DESC as
 * {@code USING >}, so they become {@code ASC} and {@code DESC}, which JSqlParser reads. Other
 * operators (an ordering of a custom operator class) are left alone.
 */
final class OrderByUsingRewrite implements Rewrite {

  @Override
  public String name() {
    return "order-by-using";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    boolean orderBy = false;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      orderBy |= tokens.get(i).is("order") && tokens.get(i + 1).is("by");
      if (!orderBy || !tokens.get(i).is("using")) {
        continue;
      }
      int last = i + 1;
      String operator = tokens.get(i + 1).text();
      if (TokenScan.isWord(tokens, i + 1, "operator")) {
        operator = TokenScan.isWord(tokens, i + 3, "pg_catalog") ? QualifiedOperatorRewrite.operatorAt(tokens, i + 1) : "";
        last = operator.isEmpty() ? last : TokenScan.closing(tokens, i + 2);
      } else if (tokens.get(i + 1).kind() != SqlToken.Kind.SYMBOL || partOfLongerOperator(tokens, i + 1)) {
        continue;
      }
      String direction = operator.equals("<") ? "ASC" : operator.equals(">") ? "DESC" : "";
      if (!direction.isEmpty()) {
        edits.add(new TextEdit(tokens.get(i).offset(), tokens.get(last).end(), direction));
      }
    }
    return edits;
  }

  /** Whether the symbol at {@code i} is the start of a longer operator such as {@code <=} or {@code <->}. */
  private static boolean partOfLongerOperator(List<SqlToken> tokens, int i) {
    return TokenScan.touching(tokens, i) && tokens.get(i + 1).kind() == SqlToken.Kind.SYMBOL
        && !tokens.get(i + 1).is(',') && !tokens.get(i + 1).is(')') && !tokens.get(i + 1).is(';');
  }
}
