package dev.meshgovernance.cli;

import dev.meshgovernance.core.report.ReportFormat;
import picocli.CommandLine;

/** {@code --format text|json} of the commands that write reports, in any case. */
final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {

  @Override
  public ReportFormat convert(String value) {
    for (ReportFormat format : ReportFormat.values()) {
      if (format.id().equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new CommandLine.TypeConversionException("unknown format '" + value + "', expected text or json");
  }
}
