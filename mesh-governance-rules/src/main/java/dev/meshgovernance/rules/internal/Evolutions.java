package dev.meshgovernance.rules.internal;

import dev.meshgovernance.api.Origin;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.ChangeImpact;
import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.ContractEvolution;
import dev.meshgovernance.api.model.Subject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Not API. Which contract changes count as breaking, as the evolution rules' options say. */
public final class Evolutions {

  /** Change types to treat as breaking on top of the breaking-by-default ones. */
  public static final RuleOption<List<String>> ALSO_BREAKING = RuleOption.strings("breakingChanges", List.of(),
      "Change types to treat as breaking besides the default ones (see docs/contract-evolution.md), "
          + "e.g. required-relaxed.");

  /** Change types not to treat as breaking although they are by default. */
  public static final RuleOption<List<String>> NOT_BREAKING = RuleOption.strings("nonBreakingChanges", List.of(),
      "Change types not to treat as breaking although they are by default, e.g. classification-relaxed.");

  private Evolutions() {}

  /** The impact of a change once the options are applied: listed types move in or out of breaking. */
  public static ChangeImpact impact(ContractChange change, List<String> alsoBreaking, List<String> notBreaking) {
    if (alsoBreaking.contains(change.type())) {
      return ChangeImpact.BREAKING;
    }
    if (notBreaking.contains(change.type()) && change.impact() == ChangeImpact.BREAKING) {
      return ChangeImpact.ADDITIVE;
    }
    return change.impact();
  }

  /** The breaking changes of an evolution, once the options are applied. */
  public static List<ContractChange> breaking(ContractEvolution evolution, List<String> alsoBreaking,
      List<String> notBreaking) {
    return evolution.changes().stream()
        .filter(c -> impact(c, alsoBreaking, notBreaking) == ChangeImpact.BREAKING).toList();
  }

  /**
   * Where the element a change names is in the evolution's current contract: looked up in that
   * contract, not in the mesh, since versions of one contract kept side by side share their paths.
   * Empty for an element the current contract no longer has (a removal).
   */
  public static Optional<Origin> origin(ContractEvolution evolution, String elementPath) {
    Stream<Subject> subjects = Stream.concat(Stream.of(evolution.current()), evolution.current().datasets().stream()
        .flatMap(d -> Stream.concat(Stream.<Subject>of(d), d.allFields().stream())));
    return subjects.filter(s -> s.path().equals(elementPath)).findFirst().map(Subject::origin);
  }
}
