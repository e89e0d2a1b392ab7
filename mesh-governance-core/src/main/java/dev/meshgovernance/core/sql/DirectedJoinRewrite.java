package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Snowflake's {@code DIRECTED} join hint, {@code a INNER DIRECTED JOIN b ON …}: it only forces the
 * left table to be scanned first, so the join reads the same tables and returns the same rows without
 * it, and it is removed. Only before JOIN and after a join type ({@code INNER}, {@code LEFT},
 * {@code OUTER}…) or after a table that already has its alias, where DIRECTED cannot be an alias.
 */
final class DirectedJoinRewrite implements Rewrite {

  /** Words that end a join type. */
  private static final Set<String> JOIN_TYPES = Set.of("inner", "left", "right", "full", "outer", "cross", "natural");

  @Override
  public String name() {
    return "directed-join";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("directed") && tokens.get(i + 1).is("join")
          && (TokenScan.isOneOf(tokens, i - 1, JOIN_TYPES) || hasAlias(tokens, i - 1))) {
        edits.add(TokenScan.remove(tokens, i, i));
      }
    }
    return edits;
  }

  /** Whether token {@code i} is the alias of a table: a name after {@code AS} or after another name. */
  private static boolean hasAlias(List<SqlToken> tokens, int i) {
    return i >= 1 && tokens.get(i).isName() && (tokens.get(i - 1).is("as") || tokens.get(i - 1).isName()
        && !TokenScan.isOneOf(tokens, i - 1, Set.of("from", "join", "on", "and", "or", "where")));
  }
}
