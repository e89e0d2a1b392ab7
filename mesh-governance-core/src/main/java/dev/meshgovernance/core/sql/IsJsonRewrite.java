package dev.meshgovernance.core.sql;

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
    return PredicateOperand.asFunctionCalls(tokens, IsJsonRewrite::call);
  }

  /** {@code JSON [kind] [WITH | WITHOUT UNIQUE [KEYS]]} at {@code at}. */
  private static PredicateOperand.Call call(List<SqlToken> tokens, int at) {
    if (!TokenScan.isWord(tokens, at++, "json")) {
      return null;
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
    return new PredicateOperand.Call(function.toString(), "", at);
  }
}
