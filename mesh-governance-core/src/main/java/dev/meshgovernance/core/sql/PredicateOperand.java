package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operand of a postfix predicate ({@code x IS JSON}, {@code x IS NORMALIZED}), found on tokens for
 * the rewrites that spell such a predicate as a function call, and only where it is unambiguous: a
 * literal, a (qualified) name, a function call or a parenthesis, possibly cast with {@code ::type},
 * standing right after a word or symbol that ends the expression before it (SELECT, a comma, an open
 * parenthesis, WHERE, AND, WHEN…); and the predicate followed by one that ends it.
 */
final class PredicateOperand {

  /** Tokens after which an operand starts. */
  private static final Set<String> STARTS = Set.of(
      "select", "where", "when", "then", "else", "and", "or", "not", "on", "having", "distinct");
  /** Words that may follow a predicate. */
  private static final Set<String> ENDS = Set.of(
      "as", "from", "then", "and", "or", "where", "group", "order", "having", "limit", "end", "else", "when");

  private PredicateOperand() {}

  /**
   * How a predicate is spelled as a function call: the function, text to append after the operand
   * (more arguments, {@code ""} for none), and the index of the token after the predicate.
   */
  record Call(String function, String moreArguments, int end) {}

  /** Recognises the words of a predicate after {@code IS [NOT]}, starting at a token index. */
  interface Spelling {
    /** The call, or {@code null} when the words at {@code at} are not this predicate. */
    Call at(List<SqlToken> tokens, int at);
  }

  /**
   * Rewrites every {@code operand IS [NOT] …} that {@code spelling} recognises, with an unambiguous
   * operand, into {@code [NOT] function(operand…)}.
   */
  static List<TextEdit> asFunctionCalls(List<SqlToken> tokens, Spelling spelling) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is("is")) {
        continue;
      }
      boolean not = TokenScan.isWord(tokens, i + 1, "not");
      Call call = spelling.at(tokens, not ? i + 2 : i + 1);
      if (call == null) {
        continue;
      }
      int start = start(tokens, i);
      if (start < 0 || !endsAt(tokens, call.end())) {
        continue;
      }
      edits.add(new TextEdit(tokens.get(start).offset(), tokens.get(start).offset(),
          (not ? "NOT " : "") + call.function() + "("));
      edits.add(new TextEdit(tokens.get(i - 1).end(), tokens.get(call.end() - 1).end(), call.moreArguments() + ")"));
      i = call.end() - 1;
    }
    return edits;
  }

  /** The index of the first token of the operand ending right before {@code predicate}, or {@code -1}. */
  static int start(List<SqlToken> tokens, int predicate) {
    int j = predicate - 1;
    while (j >= 1 && tokens.get(j).kind() == SqlToken.Kind.WORD && tokens.get(j).text().startsWith(":")
        && tokens.get(j - 1).is(':')) {
      j -= 2;
    }
    if (j < 0) {
      return -1;
    }
    SqlToken last = tokens.get(j);
    int start;
    if (last.is(')')) {
      start = opening(tokens, j);
      if (start > 0 && tokens.get(start - 1).isName() && !TokenScan.isOneOf(tokens, start - 1, STARTS)) {
        start = nameStart(tokens, start - 1);
      }
    } else if (last.kind() == SqlToken.Kind.STRING || last.kind() == SqlToken.Kind.NUMBER) {
      start = j;
    } else if (last.isName() && !last.text().startsWith(":")) {
      start = nameStart(tokens, j);
    } else {
      return -1;
    }
    if (start < 0 || start == 0) {
      return -1;
    }
    SqlToken before = tokens.get(start - 1);
    boolean starts = before.is(',') || before.is('(') || TokenScan.isOneOf(tokens, start - 1, STARTS);
    return starts ? start : -1;
  }

  /** Whether the token at {@code i} (after a predicate) ends it: the end, a comma, a parenthesis or a clause word. */
  static boolean endsAt(List<SqlToken> tokens, int i) {
    return i >= TokenScan.end(tokens) || tokens.get(i).is(',') || tokens.get(i).is(')')
        || TokenScan.isOneOf(tokens, i, ENDS);
  }

  /** The index of the {@code (} matching the {@code )} at {@code close}, or {@code -1}. */
  private static int opening(List<SqlToken> tokens, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      if (tokens.get(i).is(')')) {
        depth++;
      } else if (tokens.get(i).is('(') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first part of the dotted name whose last part is at {@code i}. */
  private static int nameStart(List<SqlToken> tokens, int i) {
    int at = i;
    while (at >= 2 && tokens.get(at - 1).is('.') && tokens.get(at - 2).isName()) {
      at -= 2;
    }
    return at;
  }
}
