package dev.meshgovernance.core.sql;

import java.util.Comparator;
import java.util.Optional;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * A span of the text the parser was given, from the tokens of a JSqlParser AST node: 1-based line and
 * column of its first character, line of its last and the column just past it.
 *
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character
 * @param endLine 1-based line of the last character
 * @param endColumn 1-based column just past the last character
 */
record TextSpan(int line, int column, int endLine, int endColumn) {

  /** Text order. */
  static final Comparator<TextSpan> ORDER = Comparator.comparingInt(TextSpan::line).thenComparingInt(TextSpan::column);

  /**
   * The span of {@code node}'s tokens. JSqlParser 5.4 links tokens to the nodes its grammar marks (tables,
   * columns, functions, select items, {@code *}, queries); other nodes, and nodes made by the library rather than
   * the parser, have none.
   */
  static Optional<TextSpan> of(Object node) {
    if (!(node instanceof ASTNodeAccess access) || access.getASTNode() == null) {
      return Optional.empty();
    }
    Node ast = access.getASTNode();
    return between(ast.jjtGetFirstToken(), ast.jjtGetLastToken());
  }

  /** The span of a table reference's name ({@code sales.orders_v1} of {@code sales.orders_v1 AS o}), alias left out. */
  static Optional<TextSpan> nameOf(Table table) {
    if (table.getASTNode() == null) {
      return Optional.empty();
    }
    Token first = table.getASTNode().jjtGetFirstToken();
    Token last = table.getASTNode().jjtGetLastToken();
    if (first == null || last == null) {
      return Optional.empty();
    }
    Token end = first;
    while (end != last && end.next != null && isDots(end.next)) {
      end = end.next;
      if (end != last && end.next != null && !isDots(end.next)) {
        end = end.next;
      }
    }
    return between(first, end);
  }

  /**
   * The span of a star select item up to its {@code *} ({@code t.*} of {@code t.* EXCEPT (c)}), modifiers left out;
   * the whole item when it has no {@code *} token.
   */
  static Optional<TextSpan> starOf(SelectItem<?> item) {
    Object node = item.getASTNode() != null ? item : item.getExpression();
    if (!(node instanceof ASTNodeAccess access) || access.getASTNode() == null) {
      return Optional.empty();
    }
    Token first = access.getASTNode().jjtGetFirstToken();
    Token last = access.getASTNode().jjtGetLastToken();
    for (Token token = first; token != null; token = token.next) {
      if ("*".equals(token.image)) {
        return between(first, token);
      }
      if (token == last) {
        break;
      }
    }
    return between(first, last);
  }

  /** A qualifier separator: {@code .}, or {@code ..} as T-SQL writes a default schema ({@code db..table}). */
  private static boolean isDots(Token token) {
    return token.image != null && !token.image.isEmpty() && token.image.chars().allMatch(c -> c == '.');
  }

  private static Optional<TextSpan> between(Token first, Token last) {
    if (first == null || last == null || first.beginLine <= 0 || last.endLine < first.beginLine
        || last.endLine == first.beginLine && last.endColumn < first.beginColumn) {
      return Optional.empty();
    }
    return Optional.of(new TextSpan(first.beginLine, first.beginColumn, last.endLine, last.endColumn + 1));
  }
}
