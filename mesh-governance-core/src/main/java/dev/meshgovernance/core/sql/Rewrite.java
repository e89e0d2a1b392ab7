package dev.meshgovernance.core.sql;

import java.util.List;

/**
 * A small textual rewrite that lets JSqlParser read a construct it lacks, applied to the text of a
 * data-flow statement before parsing. A rewrite replaces tokens by an equivalent spelling and never
 * changes what the statement means; error positions are mapped back to the original text by
 * {@link RewrittenText}. The ASTs of cached statements are never touched: rewriting happens on text.
 */
interface Rewrite {

  /** A short name, listed in {@code docs/sql-support.md}. */
  String name();

  /** The edits this rewrite makes on a statement, in any order, not overlapping one another. */
  List<TextEdit> edits(List<SqlToken> tokens);
}
