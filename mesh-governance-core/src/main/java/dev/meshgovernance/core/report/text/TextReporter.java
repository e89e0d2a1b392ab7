package dev.meshgovernance.core.report.text;

import dev.meshgovernance.api.GovernanceReport;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.core.report.Reporter;
import java.io.IOException;
import java.io.Writer;

/**
 * The human report, one line per violation as compilers print them, so editors and CI logs link to
 * the place: {@code file:line:col: severity [rule] message (subject)}, then a summary line.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(GovernanceReport report, Writer out) throws IOException {
    for (Violation v : report.violations()) {
      out.write(line(v));
      out.write(System.lineSeparator());
    }
    GovernanceReport.Summary s = report.summary();
    out.write(String.format("%d error(s), %d warning(s), %d info(s) in %d file(s): %d product(s), %d contract(s), "
            + "%d SQL statement(s); %d file(s) ignored%s%n",
        s.errors(), s.warnings(), s.infos(), s.files(), s.products(), s.contracts(), s.statements(),
        report.ignoredFiles().size(), s.waived() == 0 ? "" : "; " + s.waived() + " violation(s) waived"));
  }

  /** The line of one violation. */
  public static String line(Violation v) {
    return v.origin() + ": " + v.severity().id() + " [" + v.ruleId() + "] " + v.message() + " (" + v.subject() + ")";
  }
}
