package dev.meshgovernance.core.evolution;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** How protected a classification is: relaxing it (pii → public) exposes data consumers now rely on hiding. */
final class Classifications {

  private static final Map<String, Integer> RANKS = Map.of(
      "public", 0, "internal", 1, "confidential", 2, "restricted", 2, "sensitive", 2,
      "personal", 3, "pii", 3, "secret", 4);

  private Classifications() {}

  static OptionalInt rank(String classification) {
    Integer rank = RANKS.get(classification.strip().toLowerCase(Locale.ROOT));
    return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
  }
}
