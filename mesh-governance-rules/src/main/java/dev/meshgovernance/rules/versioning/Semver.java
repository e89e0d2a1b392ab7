package dev.meshgovernance.rules.versioning;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.rules.internal.Versions;

/** {@code versioning.semver}: products, contracts and ports carry semantic versions. */
public final class Semver implements Rule<Subject> {

  static final RuleOption<Boolean> ALLOW_V_PREFIX = RuleOption.bool("allowVPrefix", false,
      "Accept a leading 'v' (v1.2.3), which SemVer itself does not.");

  private static final RuleInfo INFO = RuleInfo.builder("versioning.semver", Subject.class)
      .title("Versions are semantic versions")
      .description("The `version` of every data product, data contract and port is a semantic version "
          + "(MAJOR.MINOR.PATCH, with optional pre-release and build parts, as semver.org defines).")
      .rationale("Consumers decide from the version whether an upgrade can break them; that only works when "
          + "every team means the same thing by it.")
      .hint("Write the version as MAJOR.MINOR.PATCH, e.g. 1.4.0.")
      .option(ALLOW_V_PREFIX)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Subject subject, RuleContext context) {
    String what;
    String version;
    if (subject instanceof DataProduct product) {
      what = "product '" + product.id() + "'";
      version = product.version();
    } else if (subject instanceof DataContract contract) {
      what = "contract '" + contract.id() + "'";
      version = contract.version();
    } else if (subject instanceof Port port) {
      what = port.direction().pathSegment() + " '" + port.name() + "'";
      version = port.version();
    } else {
      return;
    }
    if (version.isBlank()) {
      context.report("missing", what + " declares no version");
    } else if (!Versions.isSemver(version, context.option(ALLOW_V_PREFIX))) {
      context.report("not-semver", what + " has version '" + version + "', which is not a semantic version");
    }
  }
}
