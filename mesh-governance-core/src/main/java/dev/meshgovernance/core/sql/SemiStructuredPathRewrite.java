package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Snowflake paths into semi-structured values whose elements are SQL keywords,
 * {@code value:point:from:latitude}, {@code value:data:to::string}: each element is quoted,
 * {@code value:"point":"from":"latitude"}, so that JSqlParser does not take it for a keyword. Snowflake
 * compares path elements case-sensitively whether they are quoted or not, so the quoted path names
 * the same element. Only for an element written right after a name, a closing parenthesis or
 * bracket, or another element, without blanks (a {@code :variable} after a blank is left alone), and
 * not after {@code ::} (a cast).
 */
final class SemiStructuredPathRewrite implements Rewrite {

  @Override
  public String name() {
    return "semi-structured-path";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      SqlToken before = tokens.get(i - 1);
      if (token.kind() == SqlToken.Kind.WORD && token.text().startsWith(":") && TokenScan.touching(tokens, i - 1)
          && (before.kind() == SqlToken.Kind.WORD || before.kind() == SqlToken.Kind.QUOTED || before.is(')')
              || before.is(']'))
          && !(i + 1 < tokens.size() && tokens.get(i + 1).is('(') && TokenScan.touching(tokens, i))) {
        edits.add(new TextEdit(token.offset() + 1, token.end(), "\"" + token.text().substring(1) + "\""));
      }
    }
    return edits;
  }
}
