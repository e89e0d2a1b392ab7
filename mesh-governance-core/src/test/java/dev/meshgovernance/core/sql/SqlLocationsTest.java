package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.model.SqlStatement;
import dev.meshgovernance.api.model.StatementLocations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a statement's table references, stars and output columns are written, in the file as written. */
class SqlLocationsTest {

  private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

  private static List<SqlStatement> statements(String sql) {
    return ANALYZER.analyze("q.sql", sql).statements();
  }

  private static Origin span(int line, int column, int endLine, int endColumn) {
    return Origin.span("q.sql", line, column, endLine, endColumn);
  }

  @Test
  void tableReferencesAreLocatedByTheirNameWithoutTheAliasEveryReferenceInTextOrder() {
    SqlStatement statement = statements("""
        SELECT o.id
        FROM sales.orders_v1 AS o
        JOIN "crm" . customers c ON c.id = o.cid
        WHERE o.id IN (SELECT id FROM sales.orders_v1)""").get(0);

    assertThat(statement.locations().tables()).containsOnlyKeys("sales.orders_v1", "crm.customers");
    assertThat(statement.locations().tables().get("sales.orders_v1"))
        .containsExactly(span(2, 6, 2, 21), span(4, 31, 4, 46));
    assertThat(statement.locations().table("crm.customers")).contains(span(3, 6, 3, 23));
    assertThat(statement.originOf("crm.customers")).isEqualTo(span(3, 6, 3, 23));
    assertThat(statement.locations().firstOf(List.of("crm.customers", "sales.orders_v1"))).contains(span(2, 6, 2, 21));
    assertThat(statement.originOf("not.read")).isEqualTo(statement.origin());
  }

  @Test
  void starsAndOutputColumnsAreLocatedByTheirSelectItems() {
    SqlStatement statement = statements("SELECT o.*, sha2(c.email) AS e,\n  x, COUNT(*) FROM t o, c").get(0);

    StatementLocations locations = statement.locations();
    assertThat(locations.stars()).containsExactly(span(1, 8, 1, 11));
    assertThat(locations.columns()).extracting(StatementLocations.Column::name).containsExactly("_col1", "e", "x", "_col4");
    assertThat(locations.column("E", 9, 9)).contains(span(1, 13, 1, 31));
    assertThat(locations.column("x", 2, 4)).contains(span(2, 3, 2, 4));
  }

  @Test
  void anInsertNamesItsOutputColumnsByTheTargetColumnsAndPositionsCountFromTheStatementsStartInTheFile() {
    List<SqlStatement> statements = statements("SELECT 1;\r\n  INSERT INTO t (a, b)\r\n  SELECT x, y + 1 FROM s;");

    StatementLocations locations = statements.get(1).locations();
    assertThat(locations.columns()).extracting(StatementLocations.Column::name).containsExactly("a", "b");
    assertThat(locations.column("b", 0, 0)).contains(span(3, 13, 3, 18));
    assertThat(locations.table("s")).contains(span(3, 24, 3, 25));
    assertThat(locations.tables()).doesNotContainKey("t");
  }

  @Test
  void aViewNamesItsOutputColumnsByItsColumnListAndASetOperationByItsFirstQuery() {
    List<SqlStatement> statements = statements("""
        CREATE VIEW v (a, b) AS SELECT x, y FROM s;
        SELECT p AS first, q FROM s UNION ALL SELECT r, t FROM u;""");

    assertThat(statements.get(0).locations().columns()).extracting(StatementLocations.Column::name)
        .containsExactly("a", "b");
    assertThat(statements.get(1).locations().columns()).extracting(StatementLocations.Column::name)
        .containsExactly("first", "q");
    assertThat(statements.get(1).locations().tables()).containsOnlyKeys("s", "u");
  }

  @Test
  void positionsInRewrittenTextMapBackToTheTextAsWritten() {
    // the trailing comma is removed before parsing, so the parser sees the table one column to the left
    SqlStatement statement = statements("SELECT a, FROM sales.orders_v1").get(0);

    assertThat(statement.parsed()).isTrue();
    assertThat(statement.locations().table("sales.orders_v1")).contains(span(1, 16, 1, 31));
  }

  @Test
  void aStatementThatDidNotParseHasNoLocationsAndRulesPointAtTheStatement() {
    SqlStatement statement = statements("SELECT a FROM sales.orders_v1 WHERE ??? garbage").get(0);

    assertThat(statement.approximate()).isTrue();
    assertThat(statement.tablesRead()).contains("sales.orders_v1");
    assertThat(statement.locations()).isEqualTo(StatementLocations.NONE);
    assertThat(statement.originOf("sales.orders_v1")).isEqualTo(statement.origin());
  }
}
