/**
 * Column-level lineage of parsed SQL statements, and its OpenLineage shape.
 *
 * <p>{@link dev.meshgovernance.core.sql.lineage.LineageAnalyzer} computes, for every output column of
 * a statement, the source columns it comes from and how (the api's {@link
 * dev.meshgovernance.api.model.Flow}), plus the columns that only filter, join, group or sort rows.
 * {@link dev.meshgovernance.core.sql.lineage.LineageJson} writes it as OpenLineage's
 * {@code ColumnLineageDatasetFacet} reads it.
 *
 * <h2>Representation choices</h2>
 * <ul>
 *   <li><b>Output names</b> are lower-case and unquoted: the alias, else the column's name, else
 *       {@code _col<n>} with {@code n} the 1-based output position (so {@code GROUP BY 3} and
 *       {@code _col3} name the same column). INSERT column lists, view and CTE column lists and
 *       derived-table alias lists rename positionally.</li>
 *   <li><b>Row-level dependencies.</b> {@code COUNT(*)}, {@code COUNT(1)}, {@code COUNT(t.*)} and any
 *       aggregate whose arguments read no column depend on the rows of the relations in scope, not on
 *       any column: their sources are {@code ColumnSource.rows(table)} (flow {@code ROWS}, column
 *       {@code ""}) of those relations' base tables, through CTEs, derived tables and UNNEST. ROWS sticks:
 *       a count in HAVING or ORDER BY stays ROWS (in the statement's indirect sources). In OpenLineage a
 *       row count has no input field; the tables it counts are the job's input datasets.</li>
 *   <li><b>Stars.</b> {@code SELECT *} and {@code t.*} are expanded when the columns are known (from
 *       {@link dev.meshgovernance.core.sql.TableSchemas}, or from the select list of a CTE or derived
 *       table); otherwise the output is one column named {@code *} with sources
 *       {@code ColumnSource(table, "*", DIRECT, false)} and an issue. A column read through an
 *       unresolved star ({@code d.x} over {@code (SELECT * FROM t) d}) is attributed to {@code t.x}.</li>
 *   <li><b>Indirect lineage.</b> Columns in WHERE, HAVING, QUALIFY (FILTER), ON / USING / NATURAL
 *       (JOIN), GROUP BY (GROUP_BY) and ORDER BY (SORT) concern the whole result: they are in
 *       {@link dev.meshgovernance.api.model.Lineage#indirect()}, collected from every query block that
 *       contributes to the result (CTEs, derived tables, subqueries). Columns in a CASE/IF condition
 *       (CONDITIONAL) and in a window's PARTITION BY / ORDER BY (WINDOW) concern one output column:
 *       they are among that column's sources.</li>
 *   <li><b>Unresolved names</b> are never guessed: an unqualified column that several relations in
 *       scope may hold (they all have it, or their columns are unknown) has one source per candidate,
 *       each marked {@code ambiguous}, and an issue; a column found in no relation has table {@code ""}.
 *       A single relation in scope is unambiguous, also when its known columns lack the name (the issue
 *       then says so).</li>
 * </ul>
 */
package dev.meshgovernance.core.sql.lineage;
