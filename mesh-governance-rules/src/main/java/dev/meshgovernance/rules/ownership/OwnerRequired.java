package dev.meshgovernance.rules.ownership;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.Standard;

/** {@code ownership.owner-required}: products and contracts name an owner and a support channel. */
public final class OwnerRequired implements Rule<MetadataDocument> {

  static final RuleOption<Boolean> SUPPORT_REQUIRED = RuleOption.bool("supportRequired", true,
      "Also require at least one support channel (DPDS descriptors, which have none, are exempt).");

  private static final RuleInfo INFO = RuleInfo.builder("ownership.owner-required", MetadataDocument.class)
      .title("Products and contracts have an owner and a support channel")
      .severity(Severity.ERROR)
      .description("A data product or contract declares a team with at least one member (a DPDS descriptor: its "
          + "`info.owner`) and at least one support channel.")
      .rationale("Domain ownership is the first principle of a data mesh: every product needs someone "
          + "accountable and a place where consumers ask for help.")
      .hint("Add a team with a member (role: owner) and a support channel, e.g. support: [{channel: '#orders', url: ...}].")
      .option(SUPPORT_REQUIRED)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MetadataDocument document, RuleContext context) {
    String what = document instanceof DataProduct ? "product" : "contract";
    if (document.team().members().isEmpty()) {
      context.report("no-owner", what + " '" + document.id() + "' declares no team member who owns it");
    }
    boolean dpds = document instanceof DataProduct product && product.standard() == Standard.DPDS;
    if (context.option(SUPPORT_REQUIRED) && !dpds && document.support().isEmpty()) {
      context.report("no-support", what + " '" + document.id() + "' declares no support channel");
    }
  }
}
