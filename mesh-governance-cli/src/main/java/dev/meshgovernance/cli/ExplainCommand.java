package dev.meshgovernance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshgovernance.api.model.Mesh;
import dev.meshgovernance.core.engine.Explanation;
import dev.meshgovernance.core.engine.GovernanceEngine;
import dev.meshgovernance.core.report.ReportFormat;
import dev.meshgovernance.core.report.text.TextReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mesh-governance explain <workspace> --subject <path>}: why a subject is judged as it is. */
@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE_OR_IO,
    description = {"Explains one subject: its domain and scope facts, every rule that checks its kind with the "
        + "effective severity and options and the configuration layer that set each, and its violations."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained", "2:bad usage, an unknown subject, or input/output that could not be read or written"})
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<workspace>",
      description = "Directory of products, contracts and SQL, or a file of it (its workspace is read).")
  Path workspace;

  @Option(names = "--subject", required = true, paramLabel = "PATH",
      description = "The subject's path, e.g. product:orders or contract:orders-contract/orders/email "
          + "(as reports print them).")
  String subject;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).",
      converter = ReportFormatConverter.class)
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @CommandLine.Mixin
  EngineOptions engineOptions;

  @Override
  public Integer call() throws IOException {
    Path root = WorkspaceTarget.of(workspace).root();
    GovernanceEngine engine = engineOptions.engine(root);
    Mesh mesh = engineOptions.read(engine, root);
    Explanation explanation = engine.explain(mesh, subject); // an unknown subject: "error: …", exit 2
    Output.write(spec, output, out -> {
      if (format == ReportFormat.JSON) {
        json(explanation, out);
      } else {
        text(explanation, out);
      }
    });
    return ExitCodes.OK;
  }

  private static void text(Explanation e, Writer out) throws IOException {
    String n = System.lineSeparator();
    out.write(e.subject() + " (" + e.kind() + ")" + n);
    out.write("  domain: " + or(e.domain()) + ", status: " + or(e.status()) + ", tags: " + e.tags()
        + ", classifications: " + e.classifications() + n);
    out.write("  configuration: " + e.configurationHash() + n + n);
    out.write("Rules that check a " + e.kind() + ":" + n);
    for (Explanation.RuleDecision d : e.rules()) {
      if (d.severity().isEmpty()) {
        out.write(String.format("  %-40s off          turned off by %s%n", d.ruleId(), d.setBy()));
        continue;
      }
      String state = d.applies() ? d.severity().get().id() : "not applied";
      out.write(String.format("  %-40s %-12s severity from %s%n", d.ruleId(), state, d.severitySetBy()));
      if (!d.scope().isEmpty()) {
        out.write(String.format("  %-40s %-12s scope %s, from %s%n", "", d.applies() ? "in scope" : "out of scope",
            d.scope(), d.setBy()));
      }
      for (Explanation.OptionValue option : d.options()) {
        out.write(String.format("  %-40s %s = %s, from %s%n", "", option.name(), option.value(), option.setBy()));
      }
    }
    out.write(n + "Violations:" + n);
    if (e.report().violations().isEmpty() && e.report().waived().isEmpty()) {
      out.write("  none" + n);
    }
    for (var v : e.report().violations()) {
      out.write("  " + TextReporter.line(v) + n);
    }
    for (var w : e.report().waived()) {
      out.write("  waived until " + w.waiver().expires() + " (" + w.waiver().reason() + "): "
          + TextReporter.line(w.violation()) + n);
    }
  }

  private static String or(String value) {
    return value.isEmpty() ? "none" : value;
  }

  private static void json(Explanation e, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode()
        .put("subject", e.subject()).put("kind", e.kind()).put("domain", e.domain()).put("status", e.status());
    e.tags().forEach(root.putArray("tags")::add);
    e.classifications().forEach(root.putArray("classifications")::add);
    root.put("configurationHash", e.configurationHash());
    ArrayNode rules = root.putArray("rules");
    for (Explanation.RuleDecision d : e.rules()) {
      ObjectNode rule = rules.addObject().put("rule", d.ruleId()).put("applies", d.applies()).put("reason", d.reason());
      d.severity().ifPresent(s -> rule.put("severity", s.id()));
      rule.put("severitySetBy", d.severitySetBy()).put("scope", d.scope()).put("setBy", d.setBy());
      ArrayNode options = rule.putArray("options");
      d.options().forEach(o -> options.addObject().put("name", o.name()).put("setBy", o.setBy())
          .set("value", mapper.valueToTree(o.value() instanceof Pattern regex ? regex.pattern() : o.value())));
    }
    StringWriter report = new StringWriter();
    ReportFormat.JSON.reporter().write(e.report(), report);
    root.set("report", mapper.readTree(report.toString()));
    out.write(mapper.writeValueAsString(root) + System.lineSeparator());
  }
}
