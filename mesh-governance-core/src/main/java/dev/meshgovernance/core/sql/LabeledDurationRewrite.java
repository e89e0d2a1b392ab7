package dev.meshgovernance.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DB2/Netezza labeled durations, as the TPC-DS generator writes them: {@code date + 30 days} becomes
 * {@code date + INTERVAL '30' DAY}. Only after {@code +} or {@code -}, only for an integer followed by
 * one of {@code day(s)}, {@code month(s)}, {@code year(s)}, which is the same duration in standard SQL.
 */
final class LabeledDurationRewrite implements Rewrite {

  private static final Set<String> UNITS = Set.of("day", "days", "month", "months", "year", "years");

  @Override
  public String name() {
    return "labeled-duration";
  }

  @Override
  public List<TextEdit> edits(List<SqlToken> tokens) {
    List<TextEdit> edits = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      SqlToken number = tokens.get(i);
      SqlToken unit = tokens.get(i + 1);
      SqlToken before = tokens.get(i - 1);
      if (number.kind() == SqlToken.Kind.NUMBER && number.text().chars().allMatch(Character::isDigit)
          && unit.kind() == SqlToken.Kind.WORD && UNITS.contains(unit.lower())
          && (before.is('+') || before.is('-'))
          && (i + 2 >= tokens.size() || !tokens.get(i + 2).is('(') && !tokens.get(i + 2).is('.'))) {
        String singular = unit.lower().endsWith("s") ? unit.lower().substring(0, unit.lower().length() - 1)
            : unit.lower();
        edits.add(new TextEdit(number.offset(), unit.end(),
            "INTERVAL '" + number.text() + "' " + singular.toUpperCase(Locale.ROOT)));
      }
    }
    return edits;
  }
}
