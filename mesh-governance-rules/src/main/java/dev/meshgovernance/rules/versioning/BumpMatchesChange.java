package dev.meshgovernance.rules.versioning;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.ChangeImpact;
import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.rules.internal.Evolutions;
import dev.meshgovernance.rules.internal.Versions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code versioning.bump-matches-change}: the version bump fits what changed. */
public final class BumpMatchesChange implements Rule<ContractEvolution> {

  private static final List<String> PARTS = List.of("major", "minor", "patch", "no");

  static final RuleOption<Boolean> JUDGE_BREAKING = RuleOption.bool("judgeBreaking", false,
      "Also judge the bump of an evolution with breaking changes; off by default, since contract.breaking-change "
          + "reports each breaking change under the same major version (turn on where that rule is off).");

  private static final RuleInfo INFO = RuleInfo.builder("versioning.bump-matches-change", ContractEvolution.class)
      .title("The version bump fits the change")
      .description("Between the previous and the current state of a contract, the version goes up by at least "
          + "what the changes call for: a breaking change a major version, an additive one (new optional "
          + "field, new dataset, widened type) a minor version, a documentation change a patch version. A "
          + "version that goes down is reported too. An evolution with a breaking change is `contract.breaking-change`'s: "
          + "it reports each breaking change made without a new major version, and this rule stays silent on that "
          + "evolution's bump (unless `judgeBreaking`), so one breaking change is one finding. Needs a previous "
          + "state (`--previous <dir>`).")
      .rationale("Consumers and tooling read the version to decide whether to upgrade; a bump smaller than the "
          + "change lies to them, and a changed contract with an unchanged version cannot be told apart.")
      .hint("Raise the version by the part the change calls for.")
      .option(Evolutions.ALSO_BREAKING)
      .option(Evolutions.NOT_BREAKING)
      .option(JUDGE_BREAKING)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ContractEvolution evolution, RuleContext context) {
    Optional<int[]> before = Versions.numbers(evolution.previous().version());
    Optional<int[]> after = Versions.numbers(evolution.current().version());
    if (before.isEmpty() || after.isEmpty() || evolution.changes().isEmpty()) {
      return;
    }
    String versions = evolution.previous().version() + " -> " + evolution.current().version();
    int bump = bump(before.get(), after.get());
    if (bump < 0) {
      context.report("version-decreased", "contract '" + evolution.current().id() + "' version went down: " + versions);
      return;
    }
    List<String> alsoBreaking = context.option(Evolutions.ALSO_BREAKING);
    List<String> notBreaking = context.option(Evolutions.NOT_BREAKING);
    ChangeImpact needed = evolution.changes().stream().map(c -> Evolutions.impact(c, alsoBreaking, notBreaking))
        .min(Enum::compareTo).orElseThrow();
    if (needed == ChangeImpact.BREAKING && !context.option(JUDGE_BREAKING)) {
      return;
    }
    int neededPart = needed.ordinal();
    if (bump > neededPart) {
      String why = evolution.changes().stream().filter(c -> Evolutions.impact(c, alsoBreaking, notBreaking) == needed)
          .limit(3).map(ContractChange::message).collect(Collectors.joining("; "));
      context.report("bump-too-small", "contract '" + evolution.current().id() + "' has " + PARTS.get(bump)
          + " version bump (" + versions + ") but " + needed.name().toLowerCase(Locale.ROOT)
          + " changes need a " + PARTS.get(neededPart) + " version: " + why);
    }
  }

  /** 0 major, 1 minor, 2 patch, 3 none, -1 when the version went down. */
  private static int bump(int[] before, int[] after) {
    for (int part = 0; part < 3; part++) {
      if (after[part] != before[part]) {
        return after[part] > before[part] ? part : -1;
      }
    }
    return 3;
  }
}
