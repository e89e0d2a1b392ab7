package dev.meshgovernance.core.evolution;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshgovernance.api.model.ContractChange;
import dev.meshgovernance.api.model.ContractEvolution;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The changelog of contract evolutions, for reviewers: every change, breaking or not, as text or as
 * JSON — separate from the pass/fail gate of the rules.
 */
public final class Changelog {

  private Changelog() {}

  /** One block per contract with changes: its versions, then one line per change with its impact. */
  public static void writeText(List<ContractEvolution> evolutions, Writer out) throws IOException {
    int total = 0;
    for (ContractEvolution evolution : evolutions) {
      if (evolution.changes().isEmpty()) {
        continue;
      }
      out.write("contract " + evolution.current().id() + " " + evolution.previous().version() + " -> "
          + evolution.current().version() + " (" + evolution.current().origin().file() + ")" + System.lineSeparator());
      for (ContractChange change : evolution.changes()) {
        out.write("  " + change.impact().name().toLowerCase(Locale.ROOT) + " [" + change.type() + "] "
            + change.message() + " (" + change.element() + ")" + System.lineSeparator());
        total++;
      }
    }
    out.write(total + " change(s) in " + evolutions.stream().filter(e -> !e.changes().isEmpty()).count()
        + " of " + evolutions.size() + " contract(s) held by both states" + System.lineSeparator());
  }

  /** {@code {"contracts": [{"id", "file", "previousVersion", "currentVersion", "changes": [...]}]}}. */
  public static void writeJson(List<ContractEvolution> evolutions, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode contracts = root.putArray("contracts");
    for (ContractEvolution evolution : evolutions) {
      ObjectNode contract = contracts.addObject()
          .put("id", evolution.current().id())
          .put("file", evolution.current().origin().file())
          .put("previousVersion", evolution.previous().version())
          .put("currentVersion", evolution.current().version());
      ArrayNode changes = contract.putArray("changes");
      for (ContractChange change : evolution.changes()) {
        changes.addObject()
            .put("type", change.type())
            .put("impact", change.impact().name().toLowerCase(Locale.ROOT))
            .put("element", change.element())
            .put("before", change.before())
            .put("after", change.after())
            .put("message", change.message());
      }
    }
    mapper.writeValue(out, root);
    out.write(System.lineSeparator());
  }
}
