package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A trailing comma after the last item of a select list, {@code SELECT user_id, FROM t}, which
 * BigQuery, Snowflake, Redshift and Databricks accept, is removed: it ends no item, so the select list
 * is the same. Only a comma directly before {@code FROM}, where no expression can follow it.
 */
final class TrailingCommaRewrite implements Rewrite {

  @Override
  public String name() {
    return "trailing-comma";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is(',') && tokens.get(i + 1).is("from")) {
        edits.add(TokenScan.remove(tokens, i, i));
      }
    }
    return edits;
  }
}
