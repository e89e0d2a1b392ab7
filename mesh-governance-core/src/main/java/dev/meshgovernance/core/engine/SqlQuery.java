package dev.meshgovernance.core.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * SQL a caller hands to {@link GovernanceEngine#evaluateSql(dev.meshgovernance.api.model.Mesh, SqlQuery)}, as a
 * query gateway receives it: the statements, the caller's id for them and the product they run for.
 *
 * <p>The id names the statements in reports, waivers and baselines as {@code query:<id>#<n>} (see
 * docs/subject-paths.md) and is their origin's file ({@code query:<id>}): gateway queries are not workspace
 * files, so a waiver written for the workspace ({@code sql:…}, or a glob not starting with {@code query:}) never
 * covers them.
 *
 * <pre>{@code
 * engine.evaluateSql(mesh, SqlQuery.of("req-4711", sql).forProduct("marketing-cross-sell"));
 * }</pre>
 *
 * @param id the caller's name for the query: not blank, without {@code #} or white space
 * @param sql one or more statements
 * @param consumingProductId the product the SQL runs for; empty when it runs for none, in which case the rules
 *     that judge SQL against its consumer ({@code sql.undeclared-input}) cannot judge it and the report says so
 *     ({@code sql.no-consumer})
 */
public record SqlQuery(String id, String sql, Optional<String> consumingProductId) {

  /** The id of the queries handed to the engine without one ({@code query:adhoc#<n>}). */
  public static final String DEFAULT_ID = "adhoc";

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is {@code null}
   * @throws IllegalArgumentException when the id is blank or has {@code #} or white space
   */
  public SqlQuery {
    Objects.requireNonNull(id, "id: name the query, e.g. the gateway's request id");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(consumingProductId, "consumingProductId: Optional.empty() when the SQL runs for no product");
    if (id.isBlank() || id.indexOf('#') >= 0 || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("query id '" + id + "' must not be blank nor contain '#' or white space");
    }
  }

  /** SQL that runs for no product, under the caller's id. */
  public static SqlQuery of(String id, String sql) {
    return new SqlQuery(id, sql, Optional.empty());
  }

  /**
   * The same SQL run for {@code productId}, which must be a product of the mesh it is evaluated in.
   *
   * @throws NullPointerException when {@code productId} is {@code null}
   */
  public SqlQuery forProduct(String productId) {
    return new SqlQuery(id, sql, Optional.of(Objects.requireNonNull(productId,
        "productId: name the product the SQL runs for, or leave it out (SqlQuery.of) for none")));
  }
}
