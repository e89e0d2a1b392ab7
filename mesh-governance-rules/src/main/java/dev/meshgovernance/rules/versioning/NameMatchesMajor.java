package dev.meshgovernance.rules.versioning;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.rules.internal.Tables;
import dev.meshgovernance.rules.internal.Versions;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code versioning.name-matches-major}: a table's {@code _vN} suffix is its contract's major version. */
public final class NameMatchesMajor implements Rule<Dataset> {

  private static final Pattern SUFFIX = Pattern.compile(".*_v(\\d+)");

  private static final RuleInfo INFO = RuleInfo.builder("versioning.name-matches-major", Dataset.class)
      .title("A table's _vN suffix is its contract's major version")
      .description("When a dataset's `physicalName` ends with `_v<N>`, N equals the major version of its "
          + "contract. Names without the suffix are left to `naming.table-name`.")
      .rationale("The suffix is how consumers pin a major version in SQL; a suffix that disagrees with the "
          + "contract sends them to the wrong schema.")
      .hint("Publish the new major version under a new table name (orders_v2), or fix the contract's version.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dataset dataset, RuleContext context) {
    Matcher suffix = SUFFIX.matcher(Tables.table(dataset.physicalName()));
    Optional<DataContract> contract = context.mesh().contractOf(dataset);
    if (!suffix.matches() || contract.isEmpty()) {
      return;
    }
    OptionalInt major = Versions.major(contract.get().version());
    int named = Integer.parseInt(suffix.group(1));
    if (major.isPresent() && major.getAsInt() != named) {
      context.report("major-mismatch", "physicalName '" + dataset.physicalName() + "' says major version " + named
          + " but contract '" + contract.get().id() + "' is version " + contract.get().version());
    }
  }
}
