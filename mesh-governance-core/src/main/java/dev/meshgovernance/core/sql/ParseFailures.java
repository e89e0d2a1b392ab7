package dev.meshgovernance.core.sql;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;

/**
 * Turns what JSqlParser throws into a {@link ParseOutcome.Failed} with a one-line message and the
 * position of the offending token within the statement.
 */
final class ParseFailures {

  /** How many expected tokens a message lists before "…". */
  static final int MAX_EXPECTED = 8;

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
  private static final Pattern EXPECTED_LINE = Pattern.compile("^\\s+(\\S+)(?:\\s+\\(inside.*)?$");

  private ParseFailures() {}

  /** A parse exception for text left over after a complete statement. */
  static ParseException trailing(Token token) {
    ParseException exception = new ParseException("Encountered unexpected token after the end of the statement");
    Token before = new Token();
    before.next = token;
    exception.currentToken = before;
    exception.expectedTokenSequences = new int[][] {{CCJSqlParserConstants.EOF}};
    exception.tokenImage = CCJSqlParserConstants.tokenImage;
    return exception;
  }

  static ParseOutcome.Failed of(Throwable thrown) {
    Throwable cause = thrown;
    while (cause instanceof JSQLParserException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof StackOverflowError) {
      return new ParseOutcome.Failed("too-deep",
          "Statement is nested too deeply for the parser (stack overflow)", "", 0, 0);
    }
    if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
      return fromToken(parse, parse.currentToken.next);
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    String firstLine = message.strip().lines().findFirst().orElse(message).strip();
    Matcher position = POSITION.matcher(firstLine);
    int line = 0;
    int column = 0;
    if (position.find()) {
      line = Integer.parseInt(position.group(1));
      column = Integer.parseInt(position.group(2));
      firstLine = (firstLine.substring(0, position.start()) + firstLine.substring(position.end()))
          .replaceAll("\\s*\\bat\\s*[.,]?\\s*", " ").replaceAll("\\s+([.,])", "$1").strip();
    }
    String key = cause instanceof ParseException || cause.getClass().getSimpleName().startsWith("TokenMgr")
        ? "syntax" : "parser-failure";
    return new ParseOutcome.Failed(key, trimEnd(firstLine), expected(message), line, column);
  }

  private static ParseOutcome.Failed fromToken(ParseException parse, Token token) {
    String problem = token.kind == CCJSqlParserConstants.EOF
        ? "Encountered unexpected end of statement"
        : "Encountered unexpected token: \"" + oneLine(token.image) + "\"";
    Set<String> expected = new LinkedHashSet<>();
    if (parse.expectedTokenSequences != null && parse.tokenImage != null) {
      for (int[] sequence : parse.expectedTokenSequences) {
        if (sequence.length > 0 && sequence[0] >= 0 && sequence[0] < parse.tokenImage.length) {
          expected.add(parse.tokenImage[sequence[0]]);
        }
      }
    }
    String expecting = expected.isEmpty() ? expected(parse.getMessage()) : list(expected);
    return new ParseOutcome.Failed("syntax", problem, expecting, token.beginLine, token.beginColumn);
  }

  /** The expected tokens listed in a JSqlParser message, or {@code ""}. */
  private static String expected(String message) {
    if (message == null) {
      return "";
    }
    Set<String> expected = new LinkedHashSet<>();
    boolean listing = false;
    for (String line : message.lines().toList()) {
      if (line.startsWith("Was expecting")) {
        listing = true;
      } else if (listing) {
        Matcher item = EXPECTED_LINE.matcher(line);
        if (item.matches() && !item.group(1).equals("...")) {
          expected.add(item.group(1));
        }
      }
    }
    return list(expected);
  }

  private static String list(Set<String> expected) {
    if (expected.isEmpty()) {
      return "";
    }
    String shown = String.join(", ", expected.stream().limit(MAX_EXPECTED).toList());
    int more = expected.size() - MAX_EXPECTED;
    return "Was expecting one of: " + shown + (more > 0 ? ", … (" + more + " more)" : "");
  }

  private static String oneLine(String text) {
    String single = text == null ? "" : text.replaceAll("\\s+", " ");
    return single.length() > 60 ? single.substring(0, 60) + "…" : single;
  }

  private static String trimEnd(String text) {
    String single = text.replaceAll("\\s+", " ").strip();
    while (single.endsWith(".") || single.endsWith(",")) {
      single = single.substring(0, single.length() - 1).strip();
    }
    return single.length() > 300 ? single.substring(0, 300) + "…" : single;
  }
}
