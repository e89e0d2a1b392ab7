package dev.meshgovernance.core.sql;

import dev.meshgovernance.core.internal.Suggestions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words a SQL statement can start with, across the dialects read: those of data-flow statements
 * and those of the statements known to move no data (GRANT, SET, VACUUM, CALL, procedural and client
 * commands…), collected from the statements of {@code corpus/sql} and the dialects' references. A
 * statement that does not parse and starts with none of them is not a statement of any dialect: a
 * misspelt keyword ({@code SELEC}) or garbage, reported as a parse error rather than as a statement
 * that moves no data.
 */
final class StatementKeywords {

  /** Leading words of data-flow statements (see {@link LeadingKeywords}). */
  static final Set<String> DATA_FLOW = Set.of(
      "select", "with", "values", "from", "insert", "upsert", "update", "delete", "merge", "create", "copy",
      "unload", "export", "explain");

  /** Leading words of statements that move no data, in some dialect. */
  static final Set<String> OTHER = Set.of(
      "abort", "add", "allocate", "alter", "analyse", "analyze", "assert", "attach", "audit", "backup", "begin",
      "break", "bulk", "cache", "call", "case", "checkpoint", "clear", "close", "cluster", "comment", "commit",
      "connect", "constraint", "continue", "convert", "dbcc", "deallocate", "declare", "define", "deny", "desc", "describe", "detach",
      "disable", "disconnect", "discard", "do", "drop", "else", "elseif", "elsif", "enable", "end", "exception",
      "exec", "execute", "exit", "fetch", "flush", "for", "foreach", "generate", "get", "go", "goto", "grant",
      "handler", "if", "import", "install", "iterate", "kill", "leave", "let", "list", "listen", "load", "lock",
      "loop", "ls", "msck", "notify", "open", "optimize", "pragma", "prepare", "print", "put", "raise",
      "raiserror", "readtext", "reassign", "reconfigure", "refresh", "reindex", "release", "remove", "rename",
      "repair", "repeat", "replace", "reset", "restore", "return", "revert", "revoke", "rm", "rollback", "save",
      "savepoint", "security", "set", "setuser", "show", "shutdown", "start", "summarize", "table", "throw",
      "truncate", "uncache", "undrop", "unlisten", "unlock", "unset", "until", "use", "vacuum", "validate",
      "waitfor", "when", "while", "writetext");

  private static final Set<String> ALL = union(DATA_FLOW, OTHER);

  private StatementKeywords() {}

  /**
   * The leading word of a statement that starts with no known statement keyword, e.g. {@code selec};
   * empty when it starts with one, or is a label ({@code name:}), a client command ({@code \copy},
   * {@code :r file}) or a variable ({@code @v = …}, {@code $x}), which some dialect reads.
   */
  static Optional<String> unknownLead(List<SqlToken> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).is('(')) {
      i++;
    }
    if (i >= tokens.size()) {
      return Optional.empty();
    }
    SqlToken first = tokens.get(i);
    if (first.kind() == SqlToken.Kind.WORD) {
      String word = first.lower();
      boolean label = i + 1 < tokens.size() && tokens.get(i + 1).is(':');
      boolean sigil = word.startsWith("@") || word.startsWith(":") || word.startsWith("$") || word.startsWith("#");
      return ALL.contains(word) || label || sigil ? Optional.empty() : Optional.of(first.text());
    }
    if (first.kind() == SqlToken.Kind.SYMBOL) {
      // psql's \commands, preprocessor lines and the like are read by clients, not parsers
      return Optional.empty();
    }
    return Optional.of(first.text());
  }

  /** The known statement keyword closest to {@code word}, if one is close. */
  static Optional<String> closest(String word) {
    return Suggestions.closest(word.toLowerCase(java.util.Locale.ROOT), ALL);
  }

  /** The kind of the data-flow statements {@code keyword} starts, if it starts only such statements. */
  static Optional<dev.meshgovernance.api.model.StatementKind> dataFlowKindOf(String keyword) {
    return switch (keyword) {
      case "select", "with", "values", "from" -> Optional.of(dev.meshgovernance.api.model.StatementKind.SELECT);
      case "insert", "upsert" -> Optional.of(dev.meshgovernance.api.model.StatementKind.INSERT);
      case "update" -> Optional.of(dev.meshgovernance.api.model.StatementKind.UPDATE);
      case "delete" -> Optional.of(dev.meshgovernance.api.model.StatementKind.DELETE);
      case "merge" -> Optional.of(dev.meshgovernance.api.model.StatementKind.MERGE);
      default -> Optional.empty();
    };
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
