package dev.meshgovernance.api.model;

import dev.meshgovernance.api.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement of a workspace file (or handed to the API), as analysed. Table names are
 * normalised: unquoted, lower-case, qualified as written ({@code sales.orders_v1}).
 *
 * @param path subject path, {@code sql:<file>#<n>} with {@code n} counting statements of the file from 1, or
 *     {@code query:<id>#<n>} for SQL handed to the engine under a caller's query id
 * @param text the statement text as written, without the terminating {@code ;}
 * @param kind what it does; {@link StatementKind#UNKNOWN} when it did not parse
 * @param targetTable the table it writes, {@code ""} when none
 * @param tablesRead the tables it reads, sorted, common table expressions excluded
 * @param selectStar whether it uses {@code SELECT *} or {@code t.*}
 * @param parsed whether the parser understood it
 * @param approximate whether target and tables read come from a tolerant token-level reading of a
 *     statement that did not parse (never used for column lineage)
 * @param lineage column-level lineage; {@link Lineage#NONE} when not parsed
 * @param ownerProductId the id of the product it belongs to, {@code ""} when none
 * @param origin where it starts
 * @param locations where the tables it reads, its stars and its output columns are written;
 *     {@link StatementLocations#NONE} when not known (it did not parse)
 * @param exportTarget for an {@link StatementKind#EXPORT export}, the file, stage or URI it writes, as written
 *     without quotes (e.g. {@code s3://bucket/out/}, {@code @stage/path}); {@code ""} otherwise
 */
public record SqlStatement(
    String path,
    String text,
    StatementKind kind,
    String targetTable,
    List<String> tablesRead,
    boolean selectStar,
    boolean parsed,
    boolean approximate,
    Lineage lineage,
    String ownerProductId,
    Origin origin,
    StatementLocations locations,
    String exportTarget) implements Subject {

  /** A statement whose parts' locations are not known. */
  public SqlStatement(String path, String text, StatementKind kind, String targetTable, List<String> tablesRead,
      boolean selectStar, boolean parsed, boolean approximate, Lineage lineage, String ownerProductId, Origin origin) {
    this(path, text, kind, targetTable, tablesRead, selectStar, parsed, approximate, lineage, ownerProductId, origin,
        StatementLocations.NONE);
  }

  /** A statement that exports nothing. */
  public SqlStatement(String path, String text, StatementKind kind, String targetTable, List<String> tablesRead,
      boolean selectStar, boolean parsed, boolean approximate, Lineage lineage, String ownerProductId, Origin origin,
      StatementLocations locations) {
    this(path, text, kind, targetTable, tablesRead, selectStar, parsed, approximate, lineage, ownerProductId, origin,
        locations, "");
  }

  public SqlStatement {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(targetTable, "targetTable");
    tablesRead = tablesRead.stream().sorted().distinct().toList();
    Objects.requireNonNull(lineage, "lineage");
    Objects.requireNonNull(ownerProductId, "ownerProductId");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(locations, "locations");
    Objects.requireNonNull(exportTarget, "exportTarget");
  }

  /** Where {@code table} is first referred to; the statement's origin when not known. */
  public Origin originOf(String table) {
    return locations.table(table).orElse(origin);
  }

  /** The table written, if any. */
  public Optional<String> target() {
    return targetTable.isEmpty() ? Optional.empty() : Optional.of(targetTable);
  }

  /** The owning product's id, if the statement belongs to one. */
  public Optional<String> owner() {
    return ownerProductId.isEmpty() ? Optional.empty() : Optional.of(ownerProductId);
  }

  /** This statement attributed to another product. */
  public SqlStatement withOwner(String productId) {
    return new SqlStatement(path, text, kind, targetTable, tablesRead, selectStar, parsed, approximate, lineage,
        productId, origin, locations, exportTarget);
  }

  /** This statement with its column-level lineage. */
  public SqlStatement withLineage(Lineage newLineage) {
    return new SqlStatement(path, text, kind, targetTable, tablesRead, selectStar, parsed, approximate, newLineage,
        ownerProductId, origin, locations, exportTarget);
  }

  /** The path of statement {@code index} (from 1) of {@code file}. */
  public static String pathOf(String file, int index) {
    return SubjectPath.statement(file, index).toString();
  }

  /**
   * The file of a statement's path: {@code sql:etl/load.sql#3} → {@code etl/load.sql}.
   *
   * @param path a subject path
   * @return the file, or empty when {@code path} is not a statement's path
   */
  public static Optional<String> fileOfPath(String path) {
    SubjectPath subjectPath = SubjectPath.parse(path);
    return subjectPath.scheme() == SubjectPath.Scheme.STATEMENT ? subjectPath.file() : Optional.empty();
  }
}
