package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A condition cast to a type, {@code CAST(col1 = 1 AS int)}, which JSqlParser reads only with the
 * condition in parentheses: {@code CAST((col1 = 1) AS int)}. Parentheses around a whole operand spell
 * out what the operand is anyway. For CAST, TRY_CAST and SAFE_CAST whose operand (up to the
 * {@code AS} outside inner parentheses) holds a comparison or boolean operator outside parentheses and
 * is not one parenthesis already.
 */
final class CastConditionRewrite implements Rewrite {

  private static final Set<String> CASTS = Set.of("cast", "try_cast", "safe_cast");
  private static final Set<String> CONDITION_WORDS = Set.of("is", "in", "like", "ilike", "rlike", "regexp",
      "between", "and", "or", "not", "similar");
  private static final Set<String> CONDITION_SYMBOLS = Set.of("=", "<", ">", "!");

  @Override
  public String name() {
    return "cast-condition";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).kind() != SqlToken.Kind.WORD || !CASTS.contains(tokens.get(i).lower())
          || !tokens.get(i + 1).is('(')) {
        continue;
      }
      int open = i + 1;
      int close = TokenScan.closing(tokens, open);
      int as = TokenScan.firstAtTopLevel(tokens, open + 1, j -> tokens.get(j).is("as"));
      if (close < 0 || as >= close || as <= open + 1 || !tokens.get(as).is("as")
          || onlyParenthesis(tokens, open + 1, as) || !condition(tokens, open + 1, as)) {
        continue;
      }
      edits.add(new TextEdit(tokens.get(open).end(), tokens.get(open).end(), "("));
      edits.add(new TextEdit(tokens.get(as - 1).end(), tokens.get(as - 1).end(), ")"));
    }
    return edits;
  }

  /** Whether tokens {@code [from, to)} are one parenthesis. */
  private static boolean onlyParenthesis(List<SqlToken> tokens, int from, int to) {
    return tokens.get(from).is('(') && TokenScan.closing(tokens, from) == to - 1;
  }

  /** Whether tokens {@code [from, to)} hold a comparison or boolean operator outside parentheses. */
  private static boolean condition(List<SqlToken> tokens, int from, int to) {
    int found = TokenScan.firstAtTopLevel(tokens, from, j -> {
      SqlToken token = tokens.get(j);
      return token.kind() == SqlToken.Kind.SYMBOL ? CONDITION_SYMBOLS.contains(token.text())
          : token.kind() == SqlToken.Kind.WORD && CONDITION_WORDS.contains(token.lower());
    });
    return found < to;
  }
}
