package dev.meshgovernance.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A typed, documented option of a rule, with its default. Rules declare options as constants and
 * read them with {@link RuleContext#option(RuleOption)}.
 *
 * @param name option name, lower camel case, e.g. {@code maxLength}
 * @param type the Java type of the value: {@code String}, {@code Integer}, {@code Boolean}, {@code List}
 *     (of strings), {@code Map} (string to string) or {@link Pattern} (a regular expression, compiled
 *     once when the configuration is read, so a bad one is a configuration error with its place)
 * @param defaultValue the value when configuration does not set one
 * @param description what the option changes
 * @param <T> the value type
 */
public record RuleOption<T>(String name, Class<T> type, T defaultValue, String description) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

  public RuleOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue of option " + name);
    Objects.requireNonNull(description, "description of option " + name);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("option name '" + name + "' is not lower camel case");
    }
    if (!type.isInstance(defaultValue)) {
      throw new IllegalArgumentException("default of option " + name + " is not a " + type.getSimpleName());
    }
  }

  /** A text option. */
  public static RuleOption<String> string(String name, String defaultValue, String description) {
    return new RuleOption<>(name, String.class, defaultValue, description);
  }

  /** A whole-number option. */
  public static RuleOption<Integer> integer(String name, int defaultValue, String description) {
    return new RuleOption<>(name, Integer.class, defaultValue, description);
  }

  /** A yes/no option. */
  public static RuleOption<Boolean> bool(String name, boolean defaultValue, String description) {
    return new RuleOption<>(name, Boolean.class, defaultValue, description);
  }

  /** A list-of-text option. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static RuleOption<List<String>> strings(String name, List<String> defaultValue, String description) {
    return new RuleOption<>(name, (Class) List.class, List.copyOf(defaultValue), description);
  }

  /**
   * A regular-expression option, configured as a string and compiled once when the configuration is
   * read: a value that is no valid expression is refused there, with the place it is written.
   */
  public static RuleOption<Pattern> regex(String name, String defaultValue, String description) {
    return new RuleOption<>(name, Pattern.class, Pattern.compile(defaultValue), description);
  }

  /** A string-to-string mapping option, e.g. domain → schema. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static RuleOption<Map<String, String>> mapping(
      String name, Map<String, String> defaultValue, String description) {
    return new RuleOption<>(name, (Class) Map.class, Map.copyOf(defaultValue), description);
  }

  /**
   * Checks and converts a configured value to this option's type.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  @SuppressWarnings("unchecked")
  public T convert(Object value) {
    if (type == List.class && value instanceof List<?> list
        && list.stream().allMatch(String.class::isInstance)) {
      return (T) List.copyOf(list);
    }
    if (type == Integer.class && value instanceof Number number && number.doubleValue() == number.intValue()) {
      return (T) Integer.valueOf(number.intValue());
    }
    if (type == Map.class && value instanceof Map<?, ?> map
        && map.keySet().stream().allMatch(String.class::isInstance)
        && map.values().stream().allMatch(String.class::isInstance)) {
      return (T) Map.copyOf(map);
    }
    if (type == Pattern.class && value instanceof String expression) {
      try {
        return (T) Pattern.compile(expression);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("option " + name + " expects a regular expression, got '" + expression
            + "': " + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), e);
      }
    }
    if (type != List.class && type != Map.class && type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalArgumentException("option " + name + " expects " + typeName() + ", got "
        + (value == null ? "null" : "'" + value + "'"));
  }

  /**
   * The type as documentation names it: {@code string}, {@code integer}, {@code boolean},
   * {@code list of strings}, {@code map of strings} or {@code regular expression}.
   */
  public String typeName() {
    if (type == Pattern.class) {
      return "regular expression";
    }
    if (type == Integer.class) {
      return "integer";
    }
    if (type == Boolean.class) {
      return "boolean";
    }
    if (type == Map.class) {
      return "map of strings";
    }
    return type == List.class ? "list of strings" : "string";
  }
}
