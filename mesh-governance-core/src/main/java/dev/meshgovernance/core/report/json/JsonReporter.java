package dev.meshgovernance.core.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.WaivedViolation;
import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.core.report.Reporter;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, a contract other tools parse: its shape is documented by
 * {@code docs/report.schema.json} and checked against it by a test.
 */
public final class JsonReporter implements Reporter {

  /** Version of the report's shape; bumped on incompatible changes. */
  public static final String FORMAT_VERSION = "1";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void write(GovernanceReport report, Writer out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    if (!report.configurationHash().isEmpty()) {
      root.put("configurationHash", report.configurationHash());
    }
    GovernanceReport.Summary s = report.summary();
    root.putObject("summary")
        .put("files", s.files())
        .put("products", s.products())
        .put("contracts", s.contracts())
        .put("statements", s.statements())
        .put("errors", s.errors())
        .put("warnings", s.warnings())
        .put("infos", s.infos())
        .put("waived", s.waived())
        .put("baselined", s.baselined())
        .put("fixed", s.fixed());
    ArrayNode violations = root.putArray("violations");
    for (Violation v : report.violations()) {
      violation(violations.addObject(), v);
    }
    ArrayNode waived = root.putArray("waived");
    for (WaivedViolation w : report.waived()) {
      ObjectNode node = violation(waived.addObject(), w.violation());
      Waiver waiver = w.waiver();
      node.putObject("waiver")
          .put("rule", waiver.rule())
          .put("subject", waiver.subject())
          .put("reason", waiver.reason())
          .put("owner", waiver.owner())
          .put("expires", waiver.expires().toString())
          .put("ticket", waiver.ticket())
          .put("file", waiver.origin().file())
          .put("line", waiver.origin().line());
    }
    ArrayNode baselined = root.putArray("baselined");
    for (Violation v : report.baselined()) {
      violation(baselined.addObject(), v);
    }
    ArrayNode fixed = root.putArray("fixed");
    for (Baseline.Entry entry : report.fixed()) {
      fixed.addObject()
          .put("fingerprint", entry.fingerprint())
          .put("rule", entry.rule())
          .put("subject", entry.subject())
          .put("key", entry.key())
          .put("message", entry.message());
    }
    ArrayNode ignored = root.putArray("ignoredFiles");
    report.ignoredFiles().forEach(ignored::add);
    mapper.writeValue(out, root);
    out.write(System.lineSeparator());
  }

  private static ObjectNode violation(ObjectNode node, Violation v) {
    node.put("rule", v.ruleId())
        .put("severity", v.severity().id())
        .put("key", v.key())
        .put("message", v.message())
        .put("subject", v.subject())
        .put("fingerprint", v.fingerprint())
        .put("hint", v.hint());
    ObjectNode location = node.putObject("location")
        .put("file", v.origin().file())
        .put("line", v.origin().line())
        .put("column", v.origin().column())
        .put("pointer", v.origin().pointer());
    if (v.origin().hasEnd()) {
      location.put("endLine", v.origin().endLine()).put("endColumn", v.origin().endColumn());
    }
    return node;
  }
}
