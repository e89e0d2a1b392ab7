package dev.meshgovernance.core.sql.lineage;

import dev.meshgovernance.api.model.ColumnLineage;
import dev.meshgovernance.api.model.Lineage;
import dev.meshgovernance.core.internal.LargeStack;
import dev.meshgovernance.core.sql.SqlDialect;
import dev.meshgovernance.core.sql.TableSchemas;
import java.util.List;
import java.util.Objects;
import net.sf.jsqlparser.statement.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the column-level lineage of parsed SQL statements: for every output column its source
 * columns, qualified by normalised table name, and how they flow; plus the columns that only filter,
 * join, group or sort rows. See the {@linkplain dev.meshgovernance.core.sql.lineage package
 * documentation} for how stars, {@code COUNT(*)}, unnamed columns and ambiguity are represented.
 *
 * <p>It follows aliases, CTEs (also recursive), nested and correlated subqueries, derived tables,
 * {@code JOIN … USING}, {@code NATURAL JOIN}, UNNEST / LATERAL / LATERAL VIEW, set operations,
 * window functions, CASE / IF, scalar subqueries, INSERT column lists, CREATE TABLE/VIEW AS, UPDATE
 * and MERGE. It never throws on an AST: what it cannot follow (an unsupported construct, nesting
 * beyond {@value Walk#MAX_DEPTH} query levels, an internal failure) becomes an issue in
 * {@link Lineage#issues()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineageAnalyzer {

  /**
   * The masking, hashing and encryption functions recognised by {@link #LineageAnalyzer()}:
   * case-insensitive globs where {@code *} matches anything, compared with a function's name and
   * with the last part of a qualified name ({@code aead.encrypt}).
   */
  public static final List<String> DEFAULT_MASKING_FUNCTIONS = List.of(
      "md5", "md5_*", "sha", "sha1", "sha1_*", "sha2", "sha2_*", "sha224", "sha256", "sha384", "sha512",
      "hash", "hash_*", "*_hash", "hashbytes", "hmac*", "farm_fingerprint", "digest", "crypt",
      "mask*", "*_mask", "encrypt*", "*_encrypt", "aes_encrypt", "redact*", "anonymi*", "pseudonymi*");

  private static final Logger LOG = LoggerFactory.getLogger(LineageAnalyzer.class);

  private final FunctionKinds functions;
  private final boolean assignmentAliases;

  /** An analyzer recognising the {@link #DEFAULT_MASKING_FUNCTIONS}. */
  public LineageAnalyzer() {
    this(DEFAULT_MASKING_FUNCTIONS);
  }

  private LineageAnalyzer(FunctionKinds functions, boolean assignmentAliases) {
    this.functions = functions;
    this.assignmentAliases = assignmentAliases;
  }

  /**
   * An analyzer recognising these masking functions instead of the defaults.
   *
   * @param maskingFunctions case-insensitive name globs, {@code *} matching anything
   * @throws IllegalArgumentException if a pattern is blank
   */
  public LineageAnalyzer(List<String> maskingFunctions) {
    this(new FunctionKinds(Objects.requireNonNull(maskingFunctions, "maskingFunctions")), false);
  }

  /**
   * This analyzer reading the select lists of {@code dialect}: in T-SQL, a select item
   * {@code Heading = ProductID} (or {@code 'Heading' = ProductID}) names the column {@code heading}
   * and is no comparison.
   */
  public LineageAnalyzer forDialect(SqlDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return new LineageAnalyzer(functions, dialect == SqlDialect.TSQL);
  }

  /** The masking function patterns in force. */
  public List<String> maskingFunctions() {
    return functions.maskingGlobs();
  }

  /**
   * The lineage of one parsed statement.
   *
   * @param statement the JSqlParser AST
   * @param schemas the known columns of tables, to expand stars and attribute unqualified columns
   * @return its lineage; {@link Lineage#NONE} for statements that move no data (DDL, DROP…)
   */
  public Lineage lineageOf(Statement statement, TableSchemas schemas) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(schemas, "schemas");
    try {
      // deep ASTs (long chains, deep nesting) are walked again on a large stack: the outcome does not
      // depend on the calling thread's stack
      return LargeStack.call(() -> walk(statement, schemas));
    } catch (StackOverflowError e) {
      LOG.debug("Lineage analysis overflowed on {}", statement.getClass().getSimpleName(), e);
      Walk failed = new Walk(schemas, functions, assignmentAliases);
      failed.unanalysed("lineage analysis failed (" + e.getClass().getSimpleName() + "): the lineage is incomplete");
      return new Lineage(List.of(), List.of(), failed.issues(), failed.unanalysed());
    }
  }

  /** One walk of the statement; a stack overflow escapes, to be run again on a large stack. */
  private Lineage walk(Statement statement, TableSchemas schemas) {
    Walk walk = new Walk(schemas, functions, assignmentAliases);
    List<ColumnLineage> columns;
    try {
      columns = new StatementWalker(walk).outputs(statement);
    } catch (RuntimeException e) {
      LOG.debug("Lineage analysis failed on {}", statement.getClass().getSimpleName(), e);
      walk.unanalysed("lineage analysis failed (" + e.getClass().getSimpleName() + "): the lineage is incomplete");
      columns = List.of();
    }
    return new Lineage(columns, walk.indirect(), walk.issues(), walk.unanalysed());
  }

}
