package dev.meshgovernance.rules.documentation;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.DataProduct;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Port;
import dev.meshgovernance.api.model.PortDirection;
import dev.meshgovernance.api.model.Standard;
import dev.meshgovernance.api.model.Subject;
import java.util.List;

/** {@code documentation.description-required}: what consumers see is described. */
public final class DescriptionRequired implements Rule<Subject> {

  static final RuleOption<List<String>> LEVELS = RuleOption.strings("levels",
      List.of("product", "port", "dataset"),
      "Which elements need a description: any of product, contract, port, dataset, field (the strict profile asks for all).");

  private static final RuleInfo INFO = RuleInfo.builder("documentation.description-required", Subject.class)
      .title("Products, ports and datasets have a description")
      .description("Every element of the configured levels has a non-empty description (for products and "
          + "contracts, the description's `purpose`). ODPS input ports, which have no description field, are "
          + "not judged.")
      .rationale("A data product is only self-serve when a consumer can understand it without asking its team.")
      .hint("Add a description that says what the element holds and how to use it.")
      .option(LEVELS)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Subject subject, RuleContext context) {
    List<String> levels = context.option(LEVELS);
    if (subject instanceof DataProduct p) {
      require(levels, "product", "product '" + p.id() + "'", p.description(), context);
    } else if (subject instanceof DataContract c) {
      require(levels, "contract", "contract '" + c.id() + "'", c.description(), context);
    } else if (subject instanceof Port p && canBeDescribed(p, context)) {
      require(levels, "port", p.direction().pathSegment() + " '" + p.name() + "'", p.description(), context);
    } else if (subject instanceof Dataset d) {
      require(levels, "dataset", "dataset '" + d.name() + "'", d.description(), context);
    } else if (subject instanceof Field f) {
      require(levels, "field", "field '" + f.name() + "'", f.description(), context);
    }
  }

  /** ODPS input ports have no description field: they are described by the contract they name. */
  private static boolean canBeDescribed(Port port, RuleContext context) {
    return port.direction() == PortDirection.OUTPUT
        || context.mesh().product(port.productId()).map(p -> p.standard() != Standard.ODPS).orElse(true);
  }

  private static void require(List<String> levels, String level, String what, String description,
      RuleContext context) {
    if (levels.contains(level) && description.isBlank()) {
      context.report("missing", what + " has no description");
    }
  }
}
