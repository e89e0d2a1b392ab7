package dev.meshgovernance.core.evolution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which type changes widen (every old value still fits: not breaking) and which narrow. Logical
 * types follow ODCS: integer → number → string, and date/timestamp/time → string. Physical types
 * widen within a family (smallint → integer → bigint → decimal; varchar(n) → varchar(m ≥ n) → text).
 */
final class TypeOrder {

  private static final Map<String, List<String>> LOGICAL_WIDENINGS = Map.of(
      "integer", List.of("number", "string"),
      "number", List.of("string"),
      "boolean", List.of("string"),
      "date", List.of("timestamp", "string"),
      "timestamp", List.of("string"),
      "time", List.of("string"));

  private static final List<String> NUMERIC = List.of("tinyint", "smallint", "int", "integer", "bigint",
      "decimal", "numeric");
  private static final List<String> TEXT = List.of("char", "character", "varchar", "character varying",
      "string", "text");
  private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?");

  private TypeOrder() {}

  /** True when every value of logical type {@code from} is also one of {@code to}. */
  static boolean logicalWidens(String from, String to) {
    return LOGICAL_WIDENINGS.getOrDefault(normal(from), List.of()).contains(normal(to));
  }

  /** True when every value of physical type {@code from} fits {@code to}, e.g. varchar(10) → varchar(20). */
  static boolean physicalWidens(String from, String to) {
    Optional<Sized> a = Sized.parse(from);
    Optional<Sized> b = Sized.parse(to);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return widens(a.get(), b.get(), TEXT) || widens(a.get(), b.get(), NUMERIC);
  }

  private static boolean widens(Sized from, Sized to, List<String> family) {
    int fromRank = family.indexOf(from.base());
    int toRank = family.indexOf(to.base());
    if (fromRank < 0 || toRank < 0) {
      return false;
    }
    if (family == TEXT && to.base().equals("text")) {
      return true;
    }
    boolean rankOk = family == TEXT ? true : (toRank >= fromRank || sameInt(from, to));
    return rankOk && atLeast(to.size(), from.size()) && atLeast(to.scale(), from.scale());
  }

  private static boolean sameInt(Sized from, Sized to) {
    return List.of("int", "integer").containsAll(List.of(from.base(), to.base()));
  }

  /** An unbounded size ({@code -1}) holds any bounded one. */
  private static boolean atLeast(int to, int from) {
    return to < 0 || (from >= 0 && to >= from);
  }

  private static String normal(String type) {
    return type.strip().toLowerCase(Locale.ROOT);
  }

  private record Sized(String base, int size, int scale) {
    static Optional<Sized> parse(String type) {
      Matcher m = SIZED.matcher(normal(type));
      if (!m.matches()) {
        return Optional.empty();
      }
      return Optional.of(new Sized(m.group(1).strip(), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? -1 : Integer.parseInt(m.group(3))));
    }
  }
}
