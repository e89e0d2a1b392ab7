package dev.meshgovernance.rules.contract;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.rules.internal.Evolutions;
import dev.meshgovernance.rules.internal.Versions;

/** {@code contract.breaking-change}: no breaking change without a new major version. */
public final class BreakingChange implements Rule<ContractEvolution> {

  private static final RuleInfo INFO = RuleInfo.builder("contract.breaking-change", ContractEvolution.class)
      .title("No breaking change without a major version")
      .severity(Severity.ERROR)
      .description("Between the previous and the current state of a contract (same id), a breaking change — "
          + "a dataset or field removed, a logical or physical type narrowed, a field made required or unique, "
          + "an enumeration narrowed, a classification relaxed, a primary key changed — comes with a higher "
          + "major version. Each breaking change is reported once, where it is: `versioning.bump-matches-change` "
          + "leaves evolutions with a breaking change to this rule. Versions of one contract kept side by side "
          + "(v1 and v2 of one id) each evolve from the previous state's version of the same major. Needs a "
          + "previous state (`--previous <dir>`).")
      .rationale("Consumers pin major versions; a breaking change under the same major version breaks their "
          + "pipelines without warning.")
      .hint("Revert the change, or publish it as a new major version (and a new _v<major> table) next to the old one.")
      .option(Evolutions.ALSO_BREAKING)
      .option(Evolutions.NOT_BREAKING)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ContractEvolution evolution, RuleContext context) {
    String before = evolution.previous().version();
    String after = evolution.current().version();
    if (Versions.major(after).orElse(0) > Versions.major(before).orElse(0)) {
      return;
    }
    for (ContractChange change : Evolutions.breaking(evolution, context.option(Evolutions.ALSO_BREAKING),
        context.option(Evolutions.NOT_BREAKING))) {
      Finding finding = Finding.of("breaking:" + change.type() + ":" + change.element(),
          change.message() + " in contract '" + evolution.current().id() + "' without a new major version ("
              + before + " -> " + after + ")");
      context.report(Evolutions.origin(evolution, change.element()).map(finding::at).orElse(finding));
    }
  }
}
