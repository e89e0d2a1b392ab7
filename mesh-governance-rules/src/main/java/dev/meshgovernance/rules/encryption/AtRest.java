package dev.meshgovernance.rules.encryption;

import dev.meshgovernance.api.Finding;
import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.DataContract;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.Server;
import dev.meshgovernance.rules.internal.Sensitivity;
import java.util.List;

/** {@code encryption.at-rest}: servers of contracts with sensitive fields declare encryption at rest. */
public final class AtRest implements Rule<DataContract> {

  private static final RuleInfo INFO = RuleInfo.builder("encryption.at-rest", DataContract.class)
      .title("Contracts with sensitive data declare encryption at rest")
      .severity(Severity.ERROR)
      .description("A contract holding at least one sensitive field (see `encryption.pii-encrypted`) declares "
          + "at least one server, and each of its servers declares encryption at rest with the customProperty "
          + "`encryption` (e.g. `aes-256`).")
      .rationale("Field-level encryption protects a column; the council's standard also requires the storage "
          + "that holds personal data to be encrypted, wherever it is served.")
      .hint("Add customProperties: [{property: encryption, value: aes-256}] to each server.")
      .option(Sensitivity.CLASSIFICATIONS)
      .option(Sensitivity.TAGS)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(DataContract contract, RuleContext context) {
    String sensitive = contract.datasets().stream().map(Dataset::allFields).flatMap(List::stream)
        .filter(Sensitivity.sensitive(context)).map(Field::name).findFirst().orElse("");
    if (sensitive.isEmpty()) {
      return;
    }
    if (contract.servers().isEmpty()) {
      context.report("no-server", "contract '" + contract.id() + "' holds sensitive field '" + sensitive
          + "' but declares no server with encryption at rest");
    }
    for (Server server : contract.servers()) {
      Object encryption = server.customProperties().get("encryption");
      if (encryption == null || String.valueOf(encryption).isBlank()) {
        context.report(Finding.of("not-encrypted:" + server.name(), "server '" + server.name() + "' of contract '"
            + contract.id() + "' holds sensitive field '" + sensitive + "' but declares no encryption at rest")
            .at(server.origin()));
      }
    }
  }
}
