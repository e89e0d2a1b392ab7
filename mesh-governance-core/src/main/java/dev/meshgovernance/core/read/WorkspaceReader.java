package dev.meshgovernance.core.read;

import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.read.odcs.OdcsReader;
import dev.meshgovernance.core.read.odps.OdpsReader;
import dev.meshgovernance.core.read.tree.TreeParser;
import dev.meshgovernance.core.sql.SqlAnalyzer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a mesh workspace into a {@link Mesh}: data contracts (ODCS v3.0.x, v3.1.0), data products
 * (ODPS v1, DPDS v1.0.0) and SQL files.
 *
 * <p>Every {@code *.yaml}, {@code *.yml} and {@code *.json} file is recognised by its content
 * ({@code kind: DataContract}, {@code kind: DataProduct}, a top-level {@code dataProductDescriptor}),
 * validated against its standard's bundled JSON Schema and read into the model, each element with
 * the file, line, column and JSON pointer it came from. Files of no standard are listed as ignored;
 * files a DPDS descriptor reaches through a local {@code $ref} are read through the descriptor only.
 * Nothing the reader was given is dropped without a word: what it ignores is listed, and what it
 * recognises but cannot read, or finds nothing to read in, is a finding.
 * Every {@code *.sql} file is analysed, and each statement is given the product it belongs to.
 *
 * <p>Bad input never throws: a file that cannot be read or does not parse ({@code input.unreadable}),
 * a document that breaks its schema ({@code schema.invalid}, read anyway as far as possible), a
 * {@code contractId} or {@code $ref} that resolves to nothing ({@code reference.unresolved}) and an
 * id two documents declare ({@code reference.duplicate-id}) are reported in {@link Mesh#diagnostics()}.
 * Remote references are not followed and nothing is fetched from the network.
 *
 * <p>An instance loads the schemas once; it is immutable and safe to share between threads.
 *
 * <pre>{@code
 * WorkspaceReader reader = new WorkspaceReader();
 * Mesh mesh = reader.read(Path.of("my-mesh"));
 * mesh.diagnostics().forEach(v -> System.out.println(v.origin() + " " + v.message()));
 * }</pre>
 */
public final class WorkspaceReader {

  private final Readers readers;
  private final FileSelection selection;

  /** A reader with its own {@link SqlAnalyzer} (default time limit per statement). */
  public WorkspaceReader() {
    this(new SqlAnalyzer());
  }

  /** A reader analysing SQL files with {@code sqlAnalyzer}, e.g. one shared with an engine. */
  public WorkspaceReader(SqlAnalyzer sqlAnalyzer) {
    this(sqlAnalyzer, FileSelection.ALL);
  }

  /**
   * A reader analysing SQL files with {@code sqlAnalyzer} that reads, of a workspace directory, the
   * files {@code selection} selects (the policy file's and the command line's include/exclude globs).
   */
  public WorkspaceReader(SqlAnalyzer sqlAnalyzer, FileSelection selection) {
    Objects.requireNonNull(sqlAnalyzer, "sqlAnalyzer");
    this.selection = Objects.requireNonNull(selection, "selection");
    readers = new Readers(new TreeParser(), new Schemas(), new OdcsReader(), new OdpsReader(), sqlAnalyzer);
  }

  /**
   * Reads every metadata and SQL file under {@code root} that the reader's {@link FileSelection}
   * selects, in sorted order; hidden directories and {@code target/} are skipped. Symbolic links
   * inside the workspace are followed (each file read once); one pointing outside is reported
   * ({@code input.outside-workspace}) and not read. Data files ({@code .ndjson}, {@code .csv}…,
   * newline-delimited {@code .json}) are ignored with a note per directory; documents of formats the
   * library knows but does not read (Data Contract Specification, dbt, OpenAPI…) get a note saying
   * what to do ({@code input.not-read}). A workspace of which nothing was read as a product, a
   * contract or SQL is {@code input.nothing-read}.
   *
   * @param root the workspace directory; paths in the model are relative to it, with {@code /} separators
   */
  public Mesh read(Path root) {
    Objects.requireNonNull(root, "root");
    return new MeshAssembly(new Workspace.Directory(root.toAbsolutePath().normalize(), selection), readers).assemble();
  }

  /**
   * Reads one document handed over in memory, e.g. a descriptor a registry checks on publish. Its
   * local {@code $ref}s resolve to nothing (there is no workspace) and are reported as such.
   *
   * @param name the document's file name; its extension says how it is parsed: {@code .yaml} or
   *     {@code .yml} as YAML, {@code .json} as JSON, {@code .sql} as SQL
   * @param content the document's text
   */
  public Mesh readDocument(String name, String content) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    return new MeshAssembly(new Workspace.Memory(Map.of(name, text)), readers).assemble();
  }
}
