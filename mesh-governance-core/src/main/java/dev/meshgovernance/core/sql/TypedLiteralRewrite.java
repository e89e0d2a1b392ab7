package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed literals JSqlParser lacks, PostgreSQL {@code text 'Hello World'}, BigQuery
 * {@code BIGNUMERIC '0'} and {@code JSON '{…}'}: they become {@code CAST('Hello World' AS text)}, which
 * is what a typed literal is, the same value of the same type. Only for the type names listed, right
 * before a string, where an expression starts (after SELECT, a comma, an open parenthesis, an
 * operator or a keyword such as WHERE), so that no name followed by a string is taken for a type.
 * Not in T-SQL, where {@code SELECT col 'alias'} names a column.
 */
final class TypedLiteralRewrite implements Rewrite {

  /** Types written before a string to make a literal of that type, which JSqlParser does not read as such. */
  private static final Set<String> TYPES = Set.of(
      "text", "varchar", "char", "bpchar", "name", "int", "int2", "int4", "int8", "int64", "integer", "smallint",
      "bigint", "numeric", "decimal", "bignumeric", "bigdecimal", "real", "float", "float4", "float8", "float64",
      "bool", "boolean", "json", "jsonb", "bytea", "uuid", "inet", "cidr", "money", "point", "box", "line",
      "lseg", "polygon", "circle", "path", "tsquery", "tsvector", "regclass", "xml");
  /** Keywords after which an expression starts. */
  private static final Set<String> EXPRESSION_STARTS = Set.of(
      "select", "where", "and", "or", "not", "when", "then", "else", "on", "having", "distinct", "by", "return",
      "in", "like", "between", "is", "set");

  private final boolean doubleQuotedStrings;

  /** @param doubleQuotedStrings whether {@code "…"} is a string in the dialect (BigQuery), not a name */
  TypedLiteralRewrite(boolean doubleQuotedStrings) {
    this.doubleQuotedStrings = doubleQuotedStrings;
  }

  @Override
  public String name() {
    return "typed-literal";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      SqlToken type = tokens.get(i);
      SqlToken literal = tokens.get(i + 1);
      if (TokenScan.isOneOf(tokens, i, TYPES) && isString(literal) && startsExpression(tokens.get(i - 1))) {
        edits.add(new TextEdit(type.offset(), literal.end(), "CAST(" + literal.text() + " AS " + type.text() + ")"));
      }
    }
    return edits;
  }

  private boolean isString(SqlToken token) {
    return token.kind() == SqlToken.Kind.STRING && token.text().startsWith("'")
        || doubleQuotedStrings && token.kind() == SqlToken.Kind.QUOTED && token.text().startsWith("\"");
  }

  private static boolean startsExpression(SqlToken before) {
    return before.kind() == SqlToken.Kind.SYMBOL && !before.is(')') && !before.is('.')
        || before.kind() == SqlToken.Kind.WORD && EXPRESSION_STARTS.contains(before.lower());
  }
}
