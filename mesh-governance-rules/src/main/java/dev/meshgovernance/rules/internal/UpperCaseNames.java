package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Not API. Names on engines that store unquoted identifiers in upper case (Snowflake, Oracle, Db2):
 * there {@code CUSTOMER_ID} is the same name as {@code customer_id}, so a naming convention judges
 * an all-upper-case name as its lower-case form; a mixed-case name is judged as written.
 */
public final class UpperCaseNames {

  /** The server types that fold unquoted names to upper case. */
  public static final RuleOption<List<String>> SERVER_TYPES = RuleOption.strings("upperCaseServerTypes",
      List.of("snowflake", "oracle", "db2"),
      "Server types that store unquoted names in upper case: a name written wholly in upper case (CUSTOMER_ID) "
          + "is judged as its lower-case form in contracts with a server of one of them.");

  private UpperCaseNames() {}

  /** The form of {@code name} a naming convention judges in {@code contract}. */
  public static String judged(String name, Optional<DataContract> contract, RuleContext context) {
    boolean upperCaseEngine = contract.stream().flatMap(c -> c.servers().stream())
        .anyMatch(s -> TableReach.containsIgnoreCase(context.option(SERVER_TYPES), s.type()));
    return upperCaseEngine && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
  }
}
