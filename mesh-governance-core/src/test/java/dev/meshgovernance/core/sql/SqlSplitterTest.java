package dev.meshgovernance.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  private static List<String> texts(String sql) {
    return SqlSplitter.split(sql).stream().map(SqlChunk::text).toList();
  }

  @Test
  void splitsOnTopLevelSemicolons() {
    assertThat(texts("select 1; select 2 ;\nselect 3")).containsExactly("select 1", "select 2", "select 3");
  }

  @Test
  void semicolonsInQuotesDoNotSplit() {
    assertThat(texts("select 'a;b', 'it''s;' from t; select \"x;y\", `p;q` from u"))
        .containsExactly("select 'a;b', 'it''s;' from t", "select \"x;y\", `p;q` from u");
    assertThat(texts("select E'a\\';b'; select 2")).containsExactly("select E'a\\';b'", "select 2");
  }

  @Test
  void semicolonsInCommentsDoNotSplit() {
    assertThat(texts("select 1 -- a; b\n, 2; /* c; /* nested; */ d; */ select 3"))
        .containsExactly("select 1 -- a; b\n, 2", "select 3");
  }

  @Test
  void dollarQuotedBodiesDoNotSplit() {
    String function = "create function f() returns int as $$ begin return 1; end; $$ language plpgsql";
    String tagged = "do $body$ begin perform 1; end $body$";
    assertThat(texts(function + ";\n" + tagged + "; select $1"))
        .containsExactly(function, tagged, "select $1");
  }

  @Test
  void beginEndBlocksDoNotSplit() {
    String block = "BEGIN\n  INSERT INTO t VALUES (1);\n  IF x THEN SELECT CASE WHEN a THEN 1 END; END IF;\nEND";
    assertThat(texts(block + ";\nselect 2")).containsExactly(block, "select 2");
  }

  @Test
  void transactionBeginsAreStatements() {
    assertThat(texts("BEGIN; insert into t values (1); COMMIT; BEGIN TRANSACTION; delete from t; END;"))
        .containsExactly("BEGIN", "insert into t values (1)", "COMMIT", "BEGIN TRANSACTION", "delete from t", "END");
    assertThat(texts("begin work; select 1")).containsExactly("begin work", "select 1");
  }

  @Test
  void goLinesEndStatements() {
    assertThat(texts("select 1\nGO\nselect 2\n  go 2  \nselect good from t\ngo"))
        .containsExactly("select 1", "select 2", "select good from t");
    assertThat(texts("CREATE PROCEDURE p AS BEGIN SELECT 1; SELECT 2 END\nGO\nSELECT 3"))
        .containsExactly("CREATE PROCEDURE p AS BEGIN SELECT 1; SELECT 2 END", "SELECT 3");
  }

  @Test
  void keepsPositionsOfFirstSignificantCharacter() {
    String sql = "-- header\n\n  /* c */ select 1;\r\n\tselect\n 2;";
    List<SqlChunk> chunks = SqlSplitter.split(sql);
    assertThat(chunks).hasSize(2);
    assertThat(chunks.get(0)).isEqualTo(new SqlChunk("select 1", sql.indexOf("select 1"), 3, 11));
    assertThat(chunks.get(1)).isEqualTo(new SqlChunk("select\n 2", sql.indexOf("select\n"), 4, 2));
  }

  @Test
  void dropsEmptyAndCommentOnlyChunks() {
    assertThat(texts(";; -- only a comment\n; /* x */ ;  \n")).isEmpty();
    assertThat(texts("")).isEmpty();
  }

  @Test
  void unterminatedInputIsOneChunk() {
    assertThat(texts("select 1; select 'open; select 2")).containsExactly("select 1", "select 'open; select 2");
    assertThat(texts("select 1; /* open; select 2")).containsExactly("select 1", "/* open; select 2");
    assertThat(texts("select 1; select $$ open; x")).containsExactly("select 1", "select $$ open; x");
    assertThat(texts("begin select 1; select 2")).containsExactly("begin select 1; select 2");
  }
}
