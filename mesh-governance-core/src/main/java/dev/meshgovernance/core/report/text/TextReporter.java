package dev.meshgovernance.core.report.text;

import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.report.Reporter;
import java.io.IOException;
import java.io.Writer;

/**
 * The human report, one line per violation as compilers print them, so editors and CI logs link to
 * the place: {@code file:line:col: severity [rule] message (subject)}, then the baseline entries fixed
 * since (when a baseline was applied and some are), then a summary line and the
 * configuration hash ({@code configuration sha256:…}). Waived and baselined
 * violations are counted in the summary, not listed; the JSON report lists them. Ignored files are
 * counted in the summary; a verbose report lists them too, before the summary.
 */
public final class TextReporter implements Reporter {

  private final boolean listIgnored;

  /** The report with ignored files counted, not listed. */
  public TextReporter() {
    this(false);
  }

  /** The report; with {@code listIgnored}, the ignored files are listed before the summary. */
  public TextReporter(boolean listIgnored) {
    this.listIgnored = listIgnored;
  }

  /** The heading of the fixed baseline entries, which says how to drop them. */
  private static final String FIXED_HEADING =
      "fixed since the baseline (write it again with `mesh-governance baseline` to remove them):";

  @Override
  public void write(GovernanceReport report, Writer out) throws IOException {
    String nl = System.lineSeparator();
    for (Violation v : report.violations()) {
      out.write(line(v));
      out.write(nl);
    }
    if (!report.fixed().isEmpty()) {
      out.write(FIXED_HEADING + nl);
      for (Baseline.Entry entry : report.fixed()) {
        out.write("  [" + entry.rule() + "] " + (entry.message().isEmpty() ? entry.key() : entry.message())
            + " (" + entry.subject() + ")" + nl);
      }
    }
    if (listIgnored && !report.ignoredFiles().isEmpty()) {
      out.write("ignored (read as none of the standards):" + nl);
      for (String file : report.ignoredFiles()) {
        out.write("  " + file + nl);
      }
    }
    out.write(summary(report) + nl);
  }

  /** The line of one violation. */
  public static String line(Violation v) {
    return v.origin() + ": " + v.severity().id() + " [" + v.ruleId() + "] " + v.message() + " (" + v.subject() + ")";
  }

  private static String summary(GovernanceReport report) {
    GovernanceReport.Summary s = report.summary();
    StringBuilder text = new StringBuilder(String.format("%d error(s), %d warning(s), %d info(s) in %d file(s): "
            + "%d product(s), %d contract(s), %d SQL statement(s); %d file(s) ignored",
        s.errors(), s.warnings(), s.infos(), s.files(), s.products(), s.contracts(), s.statements(),
        report.ignoredFiles().size()));
    if (s.waived() > 0) {
      text.append("; ").append(s.waived()).append(" violation(s) waived");
    }
    if (s.baselined() > 0) {
      text.append("; ").append(s.baselined()).append(" baselined violation(s) not shown");
    }
    if (s.fixed() > 0) {
      text.append("; ").append(s.fixed()).append(" fixed since the baseline");
    }
    if (!report.configurationHash().isEmpty()) {
      text.append(System.lineSeparator()).append("configuration ").append(report.configurationHash());
    }
    return text.toString();
  }
}
