package dev.meshgovernance.core.sql;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * The SQL dialects the analyzer reads. The dialect decides how statements are split and tokenized
 * (backslash escapes in strings, {@code #} comments, {@code [bracketed]} identifiers), which
 * JSqlParser options are set, and which {@link Rewrites text rewrites} apply before parsing.
 */
public enum SqlDialect {
  /** Standard SQL; also the dialect of the TPC-H and TPC-DS queries. */
  ANSI("ansi", null, false, false, false, '"'),
  /** PostgreSQL. */
  POSTGRES("postgres", AbstractJSqlParser.Dialect.POSTGRESQL, false, false, false, '"'),
  /** Snowflake. */
  SNOWFLAKE("snowflake", AbstractJSqlParser.Dialect.SNOWFLAKE, false, false, false, '"'),
  /** Google BigQuery: backslash escapes in strings, {@code #} line comments, backtick identifiers. */
  BIGQUERY("bigquery", AbstractJSqlParser.Dialect.BIGQUERY, true, true, false, '`'),
  /** Apache Spark SQL and Databricks: backslash escapes in strings, backtick identifiers. */
  SPARK("spark", AbstractJSqlParser.Dialect.DATABRICKS, true, false, false, '`'),
  /** Trino and Presto. */
  TRINO("trino", null, false, false, false, '"'),
  /** Amazon Redshift. */
  REDSHIFT("redshift", null, false, false, false, '"'),
  /** Microsoft SQL Server and Azure Synapse (T-SQL): {@code [bracketed]} identifiers, {@code GO} separators. */
  TSQL("tsql", AbstractJSqlParser.Dialect.SQLSERVER, false, false, true, '"');

  private final String id;
  private final AbstractJSqlParser.Dialect parserDialect;
  private final boolean backslashEscapes;
  private final boolean hashComments;
  private final boolean squareBrackets;
  private final char identifierQuote;

  SqlDialect(String id, AbstractJSqlParser.Dialect parserDialect, boolean backslashEscapes, boolean hashComments,
      boolean squareBrackets, char identifierQuote) {
    this.id = id;
    this.parserDialect = parserDialect;
    this.backslashEscapes = backslashEscapes;
    this.hashComments = hashComments;
    this.squareBrackets = squareBrackets;
    this.identifierQuote = identifierQuote;
  }

  /** The lower-case name used in configuration and on the command line, e.g. {@code bigquery}. */
  public String id() {
    return id;
  }

  /**
   * The dialect named {@code name} (its {@link #id()}, case-insensitive; {@code sparksql},
   * {@code databricks}, {@code presto}, {@code sqlserver} and {@code postgresql} are accepted too).
   *
   * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
   */
  public static SqlDialect parse(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (SqlDialect dialect : values()) {
      if (dialect.id.equals(key)) {
        return dialect;
      }
    }
    return switch (key) {
      case "sparksql", "databricks" -> SPARK;
      case "presto" -> TRINO;
      case "sqlserver", "mssql" -> TSQL;
      case "postgresql" -> POSTGRES;
      default -> throw new IllegalArgumentException("Unknown SQL dialect '" + name + "'; expected one of: "
          + Arrays.stream(values()).map(SqlDialect::id).collect(Collectors.joining(", ")));
    };
  }

  /** Whether a backslash escapes the next character in a quoted string. */
  boolean backslashEscapes() {
    return backslashEscapes;
  }

  /** Whether {@code #} starts a line comment. */
  boolean hashComments() {
    return hashComments;
  }

  /** Whether {@code [name]} is a quoted identifier (otherwise {@code [} is an array subscript). */
  boolean squareBrackets() {
    return squareBrackets;
  }

  /** The character that quotes an identifier. */
  char identifierQuote() {
    return identifierQuote;
  }

  /** Sets this dialect's options on a fresh parser. */
  CCJSqlParser configure(CCJSqlParser parser) {
    if (parserDialect != null) {
      parser.withDialect(parserDialect);
    }
    return parser.withSquareBracketQuotation(squareBrackets)
        .withBackslashEscapeCharacter(backslashEscapes)
        .withHashLineComments(hashComments);
  }
}
