package dev.meshgovernance.rules.ownership;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.Standard;
import java.util.List;

/** {@code ownership.owner-required}: products and contracts name an owner and a support channel. */
public final class OwnerRequired implements Rule<MetadataDocument> {

  static final RuleOption<Boolean> SUPPORT_REQUIRED = RuleOption.bool("supportRequired", true,
      "Also require at least one support channel (DPDS descriptors, which have none, are exempt).");
  static final RuleOption<List<String>> OWNER_ROLES = RuleOption.strings("ownerRoles",
      List.of("owner", "data owner", "product owner", "data product owner"),
      "Member roles that make a member an owner (case-insensitive), where the members declare roles.");
  static final RuleOption<Boolean> TEAM_NAME_IS_OWNER = RuleOption.bool("teamNameIsOwner", true,
      "A team that has a name and no members owns the document (the team is the owner).");
  static final RuleOption<Boolean> INHERIT_FROM_PRODUCT = RuleOption.bool("inheritFromProduct", true,
      "A contract that a product's output port publishes inherits the product's owner and support channels "
          + "(the product is judged for them); false: published contracts need their own.");

  private static final RuleInfo INFO = RuleInfo.builder("ownership.owner-required", MetadataDocument.class)
      .title("Products and contracts have an owner and a support channel")
      .severity(Severity.ERROR)
      .description("A data product or contract names an owner and at least one support channel. The owner is a "
          + "current team member (no `dateOut`) whose `role` is one of `ownerRoles` (owner, data owner, product "
          + "owner, data product owner); where no current member declares a role, any current member; a team "
          + "with a `name` and no members (`teamNameIsOwner`); or a custom property `owner`. A DPDS descriptor's "
          + "`info.owner` is its owner. A contract that a product publishes (an output port's `contractId`) "
          + "inherits the product's owner and support channels, and the product is judged for them; a "
          + "standalone contract, or any with `inheritFromProduct: false`, is judged for its own.")
      .rationale("Domain ownership is the first principle of a data mesh: every product needs someone "
          + "accountable and a place where consumers ask for help.")
      .hint("Add a team with a member (role: owner) and a support channel, e.g. support: [{channel: '#orders', url: ...}].")
      .option(SUPPORT_REQUIRED)
      .option(OWNER_ROLES)
      .option(TEAM_NAME_IS_OWNER)
      .option(INHERIT_FROM_PRODUCT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MetadataDocument document, RuleContext context) {
    boolean contract = document instanceof DataContract;
    String what = contract ? "contract" : "product";
    Owners owners = new Owners(context.option(OWNER_ROLES), context.option(TEAM_NAME_IS_OWNER));
    boolean published = contract && !context.mesh().publishersOfContract(document.id()).isEmpty();
    boolean inherits = published && context.option(INHERIT_FROM_PRODUCT);
    if (owners.of(document).isEmpty() && !inherits) {
      context.report("no-owner", what + " '" + document.id() + "' names no owner: it " + owners.why(document));
    }
    boolean dpds = document instanceof DataProduct product && product.standard() == Standard.DPDS;
    if (context.option(SUPPORT_REQUIRED) && !dpds && !inherits && document.support().isEmpty()) {
      context.report("no-support", what + " '" + document.id() + "' declares no support channel");
    }
  }
}
