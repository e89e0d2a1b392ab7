package dev.meshgovernance.core.sql;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.core.sql.lineage.LineageAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Statements as a catalog: the lineage of the statements of one or more files, computed with the
 * columns that earlier statements give the tables they create, for every table the declared schemas
 * (contracts) do not know.
 *
 * <ul>
 *   <li>A statement creates a table's columns with {@code CREATE TABLE t (columns)}, and with
 *       {@code CREATE TABLE … AS}, {@code CREATE VIEW}, {@code ALTER VIEW} (the query's output columns,
 *       when none is an unresolved star); {@code DROP} forgets them, and so does a re-creation whose
 *       columns are unknown.</li>
 *   <li>Within a file, a statement sees what the statements before it created (the file runs top to
 *       bottom, the latest creation wins).</li>
 *   <li>A table no earlier statement of the file created takes its columns from the statements of the
 *       other files that create it, computed first, on demand (so the order of the files does not
 *       matter); when they give different columns, the table is unknown.</li>
 *   <li>Cycles are broken at the level of files: while a file's statements are being computed, the
 *       statements it depends on in other files see the tables it has not created yet as unknown (a
 *       view in one file built from a table that another file builds from that view). So does a chain
 *       deeper than {@link #MAX_DEPTH} files.</li>
 * </ul>
 *
 * One per analysis; not thread-safe.
 */
final class StatementCatalog {

  /** Deepest chain of files whose tables are computed on demand for one another. */
  static final int MAX_DEPTH = 64;

  private final TableSchemas declared;
  private final LineageAnalyzer analyzer;
  private final List<FileState> files = new ArrayList<>();
  private final Map<String, List<Creation>> creators = new HashMap<>();
  private int depth;

  /** One file's parsed statements, in order. */
  record FileStatements(String file, List<AnalyzedStatement> statements) {
    FileStatements {
      statements = List.copyOf(statements);
    }
  }

  /** A statement that creates (or drops) {@code table}: index {@code statement} of file {@code file}. */
  private record Creation(int file, int statement) {}

  /** What a file's statements created so far, and their lineage. */
  private static final class FileState {
    final int index;
    final FileStatements source;
    final List<Lineage> lineage = new ArrayList<>();
    /** table → its columns as the statements so far leave them; empty when they leave it unknown. */
    final Map<String, Optional<List<String>>> created = new HashMap<>();
    /** the columns each computed statement gave the table it creates, by statement index. */
    final Map<Integer, Optional<List<String>>> definitions = new HashMap<>();
    boolean computing;

    FileState(int index, FileStatements source) {
      this.index = index;
      this.source = source;
    }
  }

  StatementCatalog(List<FileStatements> sources, TableSchemas declared, LineageAnalyzer analyzer) {
    this.declared = declared;
    this.analyzer = analyzer;
    for (int f = 0; f < sources.size(); f++) {
      FileState state = new FileState(f, sources.get(f));
      files.add(state);
      List<AnalyzedStatement> statements = state.source.statements();
      for (int s = 0; s < statements.size(); s++) {
        int index = s;
        int file = f;
        statements.get(s).ast().flatMap(StatementCatalog::createdTable)
            .ifPresent(t -> creators.computeIfAbsent(t, k -> new ArrayList<>()).add(new Creation(file, index)));
      }
    }
  }

  /** The lineage of every statement of file {@code file} ({@link Lineage#NONE} for those not parsed). */
  List<Lineage> lineageOf(int file) {
    FileState state = files.get(file);
    advance(state, state.source.statements().size());
    return List.copyOf(state.lineage);
  }

  /** Computes the statements of {@code state} up to (excluding) {@code end}; false inside a cycle. */
  private boolean advance(FileState state, int end) {
    if (state.lineage.size() >= end) {
      return true;
    }
    if (state.computing || depth >= MAX_DEPTH) {
      return false;
    }
    state.computing = true;
    depth++;
    try {
      int file = state.index;
      while (state.lineage.size() < end) {
        int index = state.lineage.size();
        AnalyzedStatement statement = state.source.statements().get(index);
        Lineage lineage = statement.ast().map(ast -> analyzer.lineageOf(ast, schemasFor(file, state))).orElse(Lineage.NONE);
        state.lineage.add(lineage);
        statement.ast().ifPresent(ast -> record(state, index, ast, lineage));
      }
      return true;
    } finally {
      depth--;
      state.computing = false;
    }
  }

  /** What statement {@code index} of {@code state} sees: declared, else created earlier in its file, else elsewhere. */
  private TableSchemas schemasFor(int file, FileState state) {
    return table -> {
      Optional<List<String>> known = declared.columns(table);
      if (known != null && known.isPresent()) {
        return known;
      }
      Optional<List<String>> earlier = state.created.get(table);
      if (earlier != null) {
        return earlier;
      }
      return elsewhere(table, file);
    };
  }

  /** The columns the statements of the other files give {@code table}, when they agree. */
  private Optional<List<String>> elsewhere(String table, int file) {
    List<String> agreed = null;
    for (Creation creation : creators.getOrDefault(table, List.of())) {
      if (creation.file() == file) {
        continue;
      }
      FileState other = files.get(creation.file());
      if (!advance(other, creation.statement() + 1)) {
        continue;
      }
      Optional<List<String>> columns = other.definitions.getOrDefault(creation.statement(), Optional.empty());
      if (columns.isEmpty()) {
        continue;
      }
      if (agreed != null && !agreed.equals(columns.get())) {
        return Optional.empty();
      }
      agreed = columns.get();
    }
    return Optional.ofNullable(agreed);
  }

  private static void record(FileState state, int index, Statement ast, Lineage lineage) {
    Optional<String> table = createdTable(ast);
    if (table.isEmpty()) {
      return;
    }
    Optional<List<String>> columns = ast instanceof Drop ? Optional.empty() : columnsOf(ast, lineage);
    state.created.put(table.get(), columns);
    if (!(ast instanceof Drop)) {
      state.definitions.put(index, columns);
    }
  }

  /** The table a statement creates, replaces or drops. */
  private static Optional<String> createdTable(Statement ast) {
    if (ast instanceof CreateTable create && create.getTable() != null) {
      return name(TableNames.of(create.getTable()));
    }
    if (ast instanceof CreateView view && view.getView() != null) {
      return name(TableNames.of(view.getView()));
    }
    if (ast instanceof AlterView view && view.getView() != null) {
      return name(TableNames.of(view.getView()));
    }
    if (ast instanceof Drop drop && drop.getName() != null && drop.getType() != null
        && (drop.getType().equalsIgnoreCase("table") || drop.getType().equalsIgnoreCase("view")
            || drop.getType().toLowerCase(Locale.ROOT).endsWith(" view"))) {
      return name(TableNames.of(drop.getName()));
    }
    return Optional.empty();
  }

  private static Optional<String> name(String table) {
    return table.isEmpty() ? Optional.empty() : Optional.of(table);
  }

  /** The columns a creating statement gives its table: its column definitions, else its query's output. */
  private static Optional<List<String>> columnsOf(Statement ast, Lineage lineage) {
    if (ast instanceof CreateTable create && create.getSelect() == null) {
      List<ColumnDefinition> definitions = create.getColumnDefinitions();
      return definitions == null || definitions.isEmpty() ? Optional.empty()
          : Optional.of(definitions.stream().map(d -> TableNames.normalise(d.getColumnName())).toList());
    }
    return queryColumns(lineage);
  }

  /**
   * The output columns a creating query gives its table, by its lineage; empty when it has none or one
   * is an unresolved star. The mesh's own lookup of created tables ({@link TableSchemas#of}) uses it too.
   */
  static Optional<List<String>> queryColumns(Lineage lineage) {
    List<String> columns = lineage.columns().stream().map(ColumnLineage::column).toList();
    return columns.isEmpty() || columns.contains("*") ? Optional.empty() : Optional.of(columns);
  }
}
