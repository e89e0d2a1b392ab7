package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.Field;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Not API. Whether a field holds sensitive data, and whether it declares encryption. */
public final class Sensitivity {

  /** Classifications that mark a field as sensitive by default. */
  public static final List<String> SENSITIVE_CLASSIFICATIONS =
      List.of("pii", "personal", "confidential", "restricted", "sensitive", "secret");

  /** Tags that mark a field as sensitive by default. */
  public static final List<String> SENSITIVE_TAGS = List.of("pii", "sensitive");

  /** The option naming the sensitive classifications, shared by the rules that judge sensitivity. */
  public static final RuleOption<List<String>> CLASSIFICATIONS = RuleOption.strings("sensitiveClassifications",
      SENSITIVE_CLASSIFICATIONS, "Classifications (case-insensitive) that make a field sensitive.");

  /** The option naming the sensitive tags, shared by the rules that judge sensitivity. */
  public static final RuleOption<List<String>> TAGS = RuleOption.strings("sensitiveTags",
      SENSITIVE_TAGS, "Tags (case-insensitive) that make a field sensitive.");

  private Sensitivity() {}

  /**
   * Why the field is sensitive ({@code "classification 'restricted'"}, {@code "tag 'pii'"},
   * {@code "customProperty pii: true"}), or {@code ""} when it is not.
   */
  public static String sensitiveBecause(Field field, List<String> classifications, List<String> tags) {
    if (containsIgnoreCase(classifications, field.classification())) {
      return "classification '" + field.classification() + "'";
    }
    for (String tag : field.tags()) {
      if (containsIgnoreCase(tags, tag)) {
        return "tag '" + tag + "'";
      }
    }
    Object pii = field.customProperties().get("pii");
    if (Boolean.TRUE.equals(pii) || "true".equalsIgnoreCase(String.valueOf(pii))) {
      return "customProperty pii: true";
    }
    return "";
  }

  /** Whether a field is sensitive, by the {@link #CLASSIFICATIONS} and {@link #TAGS} options of the rule. */
  public static Predicate<Field> sensitive(RuleContext context) {
    List<String> classifications = context.option(CLASSIFICATIONS);
    List<String> tags = context.option(TAGS);
    return field -> !sensitiveBecause(field, classifications, tags).isEmpty();
  }

  /** True when the field declares encryption: an encryptedName, a customProperty {@code encryption}, or the tag. */
  public static boolean declaresEncryption(Field field, String encryptedTag) {
    Object encryption = field.customProperties().get("encryption");
    return !field.encryptedName().isBlank()
        || (encryption != null && !String.valueOf(encryption).isBlank())
        || field.tags().stream().anyMatch(t -> t.equalsIgnoreCase(encryptedTag));
  }

  private static boolean containsIgnoreCase(List<String> values, String value) {
    String wanted = value.toLowerCase(Locale.ROOT);
    return !wanted.isBlank() && values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(wanted));
  }
}
