package dev.meshgovernance.core.sql.lineage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a function does to lineage: aggregates (their inputs flow as AGGREGATE) and masking,
 * hashing or encryption functions (their inputs are masked). Names compare case-insensitively, on
 * the last part of a qualified name ({@code aead.encrypt} is {@code encrypt}). Immutable.
 */
final class FunctionKinds {

  /** Table functions (and Spark generators) whose rows copy the elements of their one argument. */
  private static final Set<String> UNNESTING = Set.of("unnest", "explode", "explode_outer", "posexplode",
      "posexplode_outer", "inline", "inline_outer", "flatten", "json_array_elements", "jsonb_array_elements",
      "json_array_elements_text", "jsonb_array_elements_text");

  /** Aggregate functions of the dialects JSqlParser reads (exact names). */
  private static final Set<String> AGGREGATES = Set.of(
      "count", "count_big", "countif", "count_if", "sum", "sum_if", "avg", "min", "max", "array_agg",
      "string_agg", "listagg", "group_concat", "collect_list", "collect_set", "json_agg", "jsonb_agg",
      "json_object_agg", "jsonb_object_agg", "json_arrayagg", "json_objectagg", "array_concat_agg", "xmlagg",
      "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "median", "mode",
      "percentile_cont", "percentile_disc", "percentile", "any_value", "arbitrary", "bool_and", "bool_or",
      "every", "bit_and", "bit_or", "bit_xor", "logical_and", "logical_or", "corr", "covar_pop", "covar_samp",
      "first", "last", "max_by", "min_by", "arg_max", "arg_min", "argmax", "argmin", "kurtosis", "skewness",
      "ndv", "checksum_agg", "grouping", "approx_count_distinct", "approx_distinct", "approx_percentile",
      "approx_quantiles", "approx_top_count", "approx_top_sum", "hll_count.merge", "array_union_agg");
  /** Prefixes of aggregate families ({@code regr_slope}, {@code stddev_samp}…). */
  private static final List<String> AGGREGATE_PREFIXES = List.of("regr_", "approx_", "stddev_", "var_");

  private final List<String> maskingGlobs;
  private final Pattern masking;

  FunctionKinds(List<String> maskingGlobs) {
    this.maskingGlobs = List.copyOf(maskingGlobs);
    StringBuilder regex = new StringBuilder();
    for (String glob : this.maskingGlobs) {
      if (glob.isBlank()) {
        throw new IllegalArgumentException("masking function patterns must not be blank");
      }
      if (regex.length() > 0) {
        regex.append('|');
      }
      for (String part : glob.trim().toLowerCase(Locale.ROOT).split("\\*", -1)) {
        regex.append(Pattern.quote(part)).append(".*");
      }
      regex.setLength(regex.length() - 2);
    }
    masking = Pattern.compile(regex.length() == 0 ? "(?!)" : regex.toString());
  }

  List<String> maskingGlobs() {
    return maskingGlobs;
  }

  /** Whether the function (lower-case name) yields the elements of its one array argument as rows. */
  static boolean isUnnesting(String name) {
    return UNNESTING.contains(lastPart(name));
  }

  /** Whether the function (lower-case name) aggregates rows. */
  static boolean isAggregate(String name) {
    return AGGREGATES.contains(name) || AGGREGATE_PREFIXES.stream().anyMatch(name::startsWith);
  }

  /** Whether the function (lower-case name) masks, hashes or encrypts its input. */
  boolean isMasking(String name) {
    return masking.matcher(name).matches() || masking.matcher(lastPart(name)).matches();
  }

  /** A function's lower-case name, {@code ""} when it has none. */
  static String name(String raw) {
    return raw == null ? "" : Names.identifier(raw);
  }

  /** {@code aead.encrypt} → {@code encrypt}. */
  static String lastPart(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
