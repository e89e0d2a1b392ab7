package dev.meshgovernance.rules.sla;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.SlaProperty;
import java.util.List;

/** {@code sla.required}: published contracts state their service levels. */
public final class SlaRequired implements Rule<DataContract> {

  static final RuleOption<List<String>> PROPERTIES = RuleOption.strings("properties",
      List.of("availability", "latency"), "SLA properties every published contract declares (case-insensitive; an ODCS synonym such as ly or "
          + "freshness stands for its property).");

  private static final RuleInfo INFO = RuleInfo.builder("sla.required", DataContract.class)
      .title("Published contracts declare their SLA")
      .severity(Severity.ERROR)
      .description("A contract that some product's output port publishes declares `slaProperties` for each "
          + "configured property (by default `availability` and `latency`). Contracts no product publishes "
          + "are not judged. Property names compare case-insensitively and by the ODCS names: a synonym "
          + "(`av`, `ly`, `fy`, `re`, `th`, `er`, `ga`, `es`, `el`, `td`, `tn`, `tr`) and `freshness`, the older term "
          + "for `latency`, count as the property they stand for.")
      .rationale("Consumers build on a product's guarantees; without stated availability and latency they "
          + "cannot tell whether it fits their use, and the platform cannot monitor it.")
      .hint("Add slaProperties, e.g. [{property: availability, value: 99.5, unit: '%'}, {property: latency, value: 1, unit: h}].")
      .option(PROPERTIES)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(DataContract contract, RuleContext context) {
    if (context.mesh().publishersOfContract(contract.id()).isEmpty()) {
      return;
    }
    for (String property : context.option(PROPERTIES).stream().map(SlaProperty::standardName).distinct().toList()) {
      boolean declared = contract.slaProperties().stream().map(SlaProperty::standardProperty)
          .anyMatch(property::equalsIgnoreCase);
      if (!declared) {
        context.report("missing:" + property,
            "published contract '" + contract.id() + "' declares no SLA property '" + property + "'"
                + synonyms(property));
      }
    }
  }

  /** {@code " (nor its synonyms ly, freshness)"} for a property that has ODCS synonyms, else {@code ""}. */
  private static String synonyms(String property) {
    List<String> names = SlaProperty.synonymsOf(property);
    return names.isEmpty() ? "" : " (nor its synonym" + (names.size() > 1 ? "s " : " ") + String.join(", ", names) + ")";
  }
}
