/**
 * SQL analysis: splitting files into statements, parsing them with JSqlParser under a time limit,
 * and reducing each to what governance rules judge (kind, table written, tables read, {@code SELECT *}).
 *
 * <p>The public entry point is {@link dev.meshgovernance.core.sql.SqlAnalyzer}; everything else in
 * this package is an implementation detail.
 */
package dev.meshgovernance.core.sql;
