package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.WaivedViolation;
import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.core.internal.Diagnostics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies waivers to a run's violations: a covered violation moves to the waived list with its
 * waiver; an expired waiver stops waiving and is reported ({@code config.waiver-expired}); a waiver of
 * an unwaivable rule is refused ({@code config.waiver-refused}); and, on a whole-mesh run, a waiver
 * that covered nothing is reported ({@code config.waiver-unused}, info).
 */
final class WaiverApplication {

  /** What applying the waivers left. */
  record Result(List<Violation> active, List<WaivedViolation> waived, List<Violation> problems) {}

  private WaiverApplication() {}

  static Result apply(List<Violation> violations, List<Waiver> waivers, Set<String> unwaivable, LocalDate today,
      boolean reportUnused) {
    List<Violation> problems = new ArrayList<>();
    List<Waiver> usable = new ArrayList<>();
    for (Waiver waiver : waivers) {
      String subject = Diagnostics.fileSubject(waiver.origin().file());
      if (unwaivable.contains(waiver.rule())) {
        problems.add(Diagnostics.error(Diagnostics.CONFIG_WAIVER_REFUSED, waiver.rule() + ":" + waiver.subject(),
            "waiver of " + waiver.rule() + " for " + waiver.subject() + " is refused: the global policy makes the "
                + "rule unwaivable", subject, waiver.origin()));
      } else if (waiver.expiredOn(today)) {
        problems.add(Diagnostics.of(Severity.WARNING, Diagnostics.CONFIG_WAIVER_EXPIRED,
            waiver.rule() + ":" + waiver.subject(), "waiver of " + waiver.rule() + " for " + waiver.subject()
                + " (owner " + waiver.owner() + ") expired on " + waiver.expires() + " and no longer waives",
            subject, waiver.origin()));
      } else {
        usable.add(waiver);
      }
    }
    List<Violation> active = new ArrayList<>();
    List<WaivedViolation> waived = new ArrayList<>();
    Set<Waiver> used = new HashSet<>();
    for (Violation violation : violations) {
      Waiver covering = usable.stream().filter(w -> w.covers(violation)).findFirst().orElse(null);
      if (covering == null) {
        active.add(violation);
      } else {
        waived.add(new WaivedViolation(violation, covering));
        used.add(covering);
      }
    }
    if (reportUnused) {
      usable.stream().filter(w -> !used.contains(w)).forEach(w -> problems.add(Diagnostics.of(Severity.INFO,
          Diagnostics.CONFIG_WAIVER_UNUSED, w.rule() + ":" + w.subject(),
          "waiver of " + w.rule() + " for " + w.subject() + " covers no violation", Diagnostics.fileSubject(w.origin().file()),
          w.origin())));
    }
    return new Result(active, waived, problems);
  }
}
