package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Snowflake's short forms of the row-limiting clause, {@code FETCH 3}, {@code FETCH FIRST 3},
 * {@code FETCH NEXT 3}, {@code FETCH 1 ROW}, {@code FETCH 3 ONLY}, become the standard
 * {@code FETCH FIRST 3 ROWS ONLY} that JSqlParser reads. FIRST or NEXT, ROW or ROWS and ONLY are
 * noise words there: the same number of rows is returned. Only for an integer count, and not before
 * {@code PERCENT} or {@code WITH TIES}, which do change the rows.
 */
final class FetchFirstRewrite implements Rewrite {

  @Override
  public String name() {
    return "fetch-first";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).is("fetch")) {
        continue;
      }
      int at = i + 1;
      boolean first = TokenScan.isWord(tokens, at, "first") || TokenScan.isWord(tokens, at, "next");
      if (first) {
        at++;
      }
      if (!TokenScan.isInteger(tokens, at)) {
        continue;
      }
      String count = tokens.get(at++).text();
      boolean rows = TokenScan.isWord(tokens, at, "row") || TokenScan.isWord(tokens, at, "rows");
      if (rows) {
        at++;
      }
      boolean only = TokenScan.isWord(tokens, at, "only");
      if (only) {
        at++;
      }
      if (first && rows && only || TokenScan.isWord(tokens, at, "percent") || TokenScan.isWord(tokens, at, "with")) {
        continue;
      }
      edits.add(new TextEdit(tokens.get(i).offset(), tokens.get(at - 1).end(), "FETCH FIRST " + count + " ROWS ONLY"));
      i = at - 1;
    }
    return edits;
  }
}
