package dev.meshgovernance.core.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's Unicode normalization predicate, {@code x IS [NOT] [NFC | NFD | NFKC | NFKD] NORMALIZED},
 * which JSqlParser lacks, becomes the function PostgreSQL itself turns it into:
 * {@code [NOT] is_normalized(x[, 'NFC'])}. Only where {@link PredicateOperand} finds the operand
 * unambiguously.
 */
final class IsNormalizedRewrite implements Rewrite {

  private static final Set<String> FORMS = Set.of("nfc", "nfd", "nfkc", "nfkd");

  @Override
  public String name() {
    return "is-normalized";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    return PredicateOperand.asFunctionCalls(tokens, IsNormalizedRewrite::call);
  }

  /** {@code [form] NORMALIZED} at {@code at}. */
  private static PredicateOperand.Call call(List<SqlToken> tokens, int at) {
    String form = "";
    if (TokenScan.isOneOf(tokens, at, FORMS)) {
      form = ", '" + tokens.get(at++).lower().toUpperCase(Locale.ROOT) + "'";
    }
    return TokenScan.isWord(tokens, at, "normalized") ? new PredicateOperand.Call("is_normalized", form, at + 1) : null;
  }
}
