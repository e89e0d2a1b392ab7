package dev.meshgovernance.core.sql;

import java.util.ArrayList;
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
      String form = "";
      if (TokenScan.isOneOf(tokens, at, FORMS)) {
        form = ", '" + tokens.get(at++).lower().toUpperCase(Locale.ROOT) + "'";
      }
      if (!TokenScan.isWord(tokens, at++, "normalized")) {
        continue;
      }
      int start = PredicateOperand.start(tokens, i);
      if (start < 0 || !PredicateOperand.endsAt(tokens, at)) {
        continue;
      }
      edits.add(new TextEdit(tokens.get(start).offset(), tokens.get(start).offset(),
          (not ? "NOT " : "") + "is_normalized("));
      edits.add(new TextEdit(tokens.get(i - 1).end(), tokens.get(at - 1).end(), form + ")"));
      i = at - 1;
    }
    return edits;
  }
}
