package dev.meshgovernance.core.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" for names a user mistyped: the closest candidate by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code typed}, if one is within a third of its length (at least 2 edits). */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    int limit = Math.max(2, typed.length() / 3);
    return candidates.stream()
        .filter(c -> distance(typed, c) <= limit)
        .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c));
  }

  /** {@code " (did you mean 'x'?)"}, or {@code ""} when nothing is close. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** The Levenshtein distance of two strings. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
