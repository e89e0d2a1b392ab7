package dev.meshgovernance.api;

import dev.meshgovernance.api.model.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs violations with the baseline entries that record them, each entry at most once, in three
 * passes over the violations in their sorted order:
 * <ol>
 *   <li>same fingerprint and same message;</li>
 *   <li>a SQL statement that moved within its file (statements are numbered, so inserting one
 *       renumbers those after it): same file, rule, key and message, any statement number;</li>
 *   <li>same fingerprint, whatever the message (reworded, or its details changed in place).</li>
 * </ol>
 * The order makes a violation that kept its words win over one that only shares a number.
 */
final class BaselineMatch {

  final List<Violation> fresh = new ArrayList<>();
  final List<Violation> recorded = new ArrayList<>();
  final List<Baseline.Entry> fixed = new ArrayList<>();

  BaselineMatch(List<Violation> candidates, Baseline baseline) {
    List<Index> passes = List.of(
        new Index(e -> e.fingerprint() + '\n' + e.message(), v -> v.fingerprint() + '\n' + v.message()),
        new Index(e -> movedKey(e.rule(), e.subject(), e.key(), e.message()),
            v -> movedKey(v.ruleId(), v.subject(), v.key(), v.message())),
        new Index(Baseline.Entry::fingerprint, Violation::fingerprint));
    baseline.entries().forEach(e -> passes.forEach(index -> index.add(e)));
    List<Violation> unmatched = candidates;
    for (Index pass : passes) {
      List<Violation> left = new ArrayList<>();
      for (Violation violation : unmatched) {
        Baseline.Entry entry = pass.find(violation);
        if (entry == null) {
          left.add(violation);
        } else {
          recorded.add(violation);
          passes.forEach(index -> index.remove(entry));
        }
      }
      unmatched = left;
    }
    fresh.addAll(unmatched);
    passes.get(passes.size() - 1).entries.values().forEach(fixed::addAll); // every entry has a fingerprint
  }

  /** For a violation of a SQL statement: file, rule, key and message, without the statement's number. */
  private static String movedKey(String rule, String subject, String key, String message) {
    return SqlStatement.fileOfPath(subject).map(file -> file + '\n' + rule + '\n' + key + '\n' + message)
        .orElse(null);
  }

  /**
   * The open entries of one pass, by its key ({@code null}: the pass does not apply, e.g. to an entry
   * that is not about a SQL statement).
   */
  private static final class Index {
    private final Function<Baseline.Entry, String> keyOf;
    private final Function<Violation, String> keyOfViolation;
    private final Map<String, List<Baseline.Entry>> entries = new HashMap<>();

    Index(Function<Baseline.Entry, String> keyOf, Function<Violation, String> keyOfViolation) {
      this.keyOf = keyOf;
      this.keyOfViolation = keyOfViolation;
    }

    void add(Baseline.Entry entry) {
      String key = keyOf.apply(entry);
      if (key != null) {
        entries.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
    }

    Baseline.Entry find(Violation violation) {
      String key = keyOfViolation.apply(violation);
      List<Baseline.Entry> open = key == null ? null : entries.get(key);
      return open == null || open.isEmpty() ? null : open.get(0);
    }

    void remove(Baseline.Entry entry) {
      String key = keyOf.apply(entry);
      if (key != null) {
        entries.get(key).remove(entry); // entries are values: any equal one stands for it
      }
    }
  }
}
