package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's (SQL:2016) JSON predicate, {@code x IS [NOT] JSON [VALUE | ARRAY | OBJECT | SCALAR]
 * [WITH | WITHOUT UNIQUE [KEYS]]}, which JSqlParser lacks, is spelled as a call of a function named
 * after it, on the same operand: {@code data IS NOT JSON OBJECT} becomes
 * {@code NOT is_json_object(data)}. The predicate is a test of that one operand, so the call keeps
 * the same column in the same place (a select item, a filter) and stands for the same truth value;
 * WITHOUT UNIQUE KEYS is the default and is dropped from the name. Only where {@link PredicateOperand}
 * finds the operand unambiguously.
 */
final class IsJsonRewrite implements Rewrite {

  private static final Set<String> KINDS = Set.of("value", "array", "object", "scalar");

  @Override
  public String name() {
    return "is-json";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is("is")) {
        continue;
      }
      int at = i + 1;
      boolean not = TokenScan.isWord(tokens, at, "not");
      if (not) {
        at++;
      }
      if (!TokenScan.isWord(tokens, at++, "json")) {
        continue;
      }
      StringBuilder function = new StringBuilder("is_json");
      if (TokenScan.isOneOf(tokens, at, KINDS)) {
        function.append('_').append(tokens.get(at++).lower());
      }
      boolean with = TokenScan.isWord(tokens, at, "with");
      if ((with || TokenScan.isWord(tokens, at, "without")) && TokenScan.isWord(tokens, at + 1, "unique")) {
        at += TokenScan.isWord(tokens, at + 2, "keys") ? 3 : 2;
        function.append(with ? "_with_unique_keys" : "");
      }
      int start = PredicateOperand.start(tokens, i);
      if (start < 0 || !PredicateOperand.endsAt(tokens, at)) {
        continue;
      }
      edits.add(new TextEdit(tokens.get(start).offset(), tokens.get(start).offset(),
          (not ? "NOT " : "") + function + "("));
      edits.add(new TextEdit(tokens.get(i - 1).end(), tokens.get(at - 1).end(), ")"));
      i = at - 1;
    }
    return edits;
  }
}
