package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chains of prefix signs, {@code 1 * - - - 5}, {@code 8 | ~ ~ ~4}, {@code -+-col2}, which JSqlParser
 * reads one at a time only: each sign but the last gets its operand in parentheses,
 * {@code 1 * -(-(-5))}. Prefix operators apply right to left, so the parentheses only spell out the
 * order they have anyway. Only when the operand is a number, a (qualified) name, a function call or a
 * parenthesis, and is not followed by a postfix operator ({@code ::}, {@code [}, {@code .}) that would
 * bind tighter than the signs.
 */
final class SignChainRewrite implements Rewrite {

  private static final Set<String> SIGNS = Set.of("-", "+", "~");

  @Override
  public String name() {
    return "sign-chain";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int last = i;
      while (last < tokens.size() && isSign(tokens.get(last))) {
        last++;
      }
      int signs = last - i;
      if (signs < 2 || partOfOperator(tokens, i, last)) {
        i = Math.max(i, last - 1);
        continue;
      }
      int end = afterOperand(tokens, last);
      if (end > last && !binding(tokens, end)) {
        for (int s = i; s < last - 1; s++) {
          edits.add(new TextEdit(tokens.get(s).end(), tokens.get(s).end(), "("));
        }
        edits.add(new TextEdit(tokens.get(end - 1).end(), tokens.get(end - 1).end(), ")".repeat(signs - 1)));
      }
      i = last - 1;
    }
    return edits;
  }

  private static boolean isSign(SqlToken token) {
    return token.kind() == SqlToken.Kind.SYMBOL && SIGNS.contains(token.text());
  }

  /**
   * Whether the signs {@code from} to {@code to} (exclusive) may be part of a longer operator, such as
   * PostgreSQL's {@code ~~} (LIKE) or {@code !~}: a {@code ~} touching another sign, or a first sign
   * touching the operator symbol before it.
   */
  private static boolean partOfOperator(List<SqlToken> tokens, int from, int to) {
    for (int s = from; s + 1 < to; s++) {
      if (TokenScan.touching(tokens, s) && (tokens.get(s).is('~') || tokens.get(s + 1).is('~'))) {
        return true;
      }
    }
    SqlToken before = from > 0 ? tokens.get(from - 1) : null;
    return before != null && before.kind() == SqlToken.Kind.SYMBOL && TokenScan.touching(tokens, from - 1)
        && !before.is('(') && !before.is(',');
  }

  /** The index after the operand starting at {@code i}, or {@code i} when it is not a simple one. */
  private static int afterOperand(List<SqlToken> tokens, int i) {
    if (i >= tokens.size()) {
      return i;
    }
    SqlToken token = tokens.get(i);
    if (token.kind() == SqlToken.Kind.NUMBER) {
      return i + 1;
    }
    int at = token.is('(') ? i : TokenScan.afterName(tokens, i);
    if (TokenScan.isSymbol(tokens, at, '(')) {
      int close = TokenScan.closing(tokens, at);
      return close < 0 ? i : close + 1;
    }
    return at;
  }

  /** Whether the token at {@code i} is a postfix operator that binds tighter than a prefix sign. */
  private static boolean binding(List<SqlToken> tokens, int i) {
    return TokenScan.isSymbol(tokens, i, ':') || TokenScan.isSymbol(tokens, i, '[')
        || TokenScan.isSymbol(tokens, i, '.') || TokenScan.isSymbol(tokens, i, '^')
        || TokenScan.isSymbol(tokens, i, '(');
  }
}
