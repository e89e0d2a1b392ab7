package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/** Walking the {@link SqlToken tokens} of a statement by parenthesis depth, for the {@link Rewrite rewrites}. */
final class TokenScan {

  private TokenScan() {}

  /** The index of the {@code )} closing the {@code (} at {@code open}, or {@code -1} when it is not closed. */
  static int closing(List<SqlToken> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).is('(')) {
        depth++;
      } else if (tokens.get(i).is(')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first unquoted {@code word} from {@code from} on outside parentheses opened after
   * {@code from}, or {@code -1}.
   */
  static int topLevelWord(List<SqlToken> tokens, int from, String word) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        depth--;
      } else if (depth == 0 && token.is(word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token {@code i} exists and is the unquoted word {@code word}. */
  static boolean isWord(List<SqlToken> tokens, int i, String word) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(word);
  }

  /** Whether token {@code i} exists and is the symbol {@code c}. */
  static boolean isSymbol(List<SqlToken> tokens, int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(c);
  }

  /** Whether token {@code i} exists and is a number made of digits only. */
  static boolean isInteger(List<SqlToken> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.NUMBER
        && tokens.get(i).text().chars().allMatch(Character::isDigit);
  }

  /** Whether token {@code i} exists and is one of the unquoted {@code words} (lower-case). */
  static boolean isOneOf(List<SqlToken> tokens, int i, Set<String> words) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD
        && words.contains(tokens.get(i).lower());
  }

  /** Whether tokens {@code i} and {@code i + 1} exist and touch (no blank or comment between them). */
  static boolean touching(List<SqlToken> tokens, int i) {
    return i >= 0 && i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).offset();
  }

  /** The index after a dotted name ({@code a.b."c"}) starting at {@code i}; {@code i} when none starts there. */
  static int afterName(List<SqlToken> tokens, int i) {
    int at = i;
    while (at < tokens.size() && tokens.get(at).isName()) {
      at++;
      if (!isSymbol(tokens, at, '.') || at + 1 >= tokens.size() || !tokens.get(at + 1).isName()) {
        return at;
      }
      at++;
    }
    return at;
  }

  /** The index after the statement's last token: the number of tokens, less one for a final {@code ;}. */
  static int end(List<SqlToken> tokens) {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(';') ? tokens.size() - 1 : tokens.size();
  }

  /**
   * The text of tokens {@code from} to {@code to} (inclusive) as written, with one blank wherever blanks
   * or comments separated them; {@code ""} when {@code to < from}.
   */
  static String text(List<SqlToken> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from && !touching(tokens, i - 1)) {
        text.append(' ');
      }
      text.append(tokens.get(i).text());
    }
    return text.toString();
  }

  /** The indexes of the commas at the top level of the parenthesis opening at {@code open} and of its {@code )}. */
  static List<Integer> items(List<SqlToken> tokens, int open) {
    List<Integer> ends = new ArrayList<>();
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).is('(')) {
        depth++;
      } else if (tokens.get(i).is(')') && --depth == 0) {
        ends.add(i);
        return ends;
      } else if (depth == 1 && tokens.get(i).is(',')) {
        ends.add(i);
      }
    }
    return List.of();
  }

  /** An edit removing tokens {@code from} to {@code to} (inclusive), leaving one blank in their place. */
  static TextEdit remove(List<SqlToken> tokens, int from, int to) {
    return new TextEdit(tokens.get(from).offset(), tokens.get(to).end(), " ");
  }

  /**
   * The index of the first token from {@code from} on, outside parentheses, that {@code accepts}
   * takes; else of the {@code )} that closes an enclosing parenthesis; else the number of tokens.
   */
  static int firstAtTopLevel(List<SqlToken> tokens, int from, IntPredicate accepts) {
    int depth = 0;
    int i = from;
    for (; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is('(')) {
        depth++;
      } else if (token.is(')')) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && accepts.test(i)) {
        break;
      }
    }
    return i;
  }

  /**
   * The index of the last token of the expression (or list) starting at {@code from}: the token
   * before the first one, outside parentheses, that {@code ends} accepts, or before the {@code )}
   * that closes an enclosing parenthesis.
   */
  static int lastBefore(List<SqlToken> tokens, int from, IntPredicate ends) {
    return firstAtTopLevel(tokens, from, ends) - 1;
  }
}
