package dev.meshgovernance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.model.SqlStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Baselines: what they record, how a report applies one, and what the report then counts. */
class BaselineTest {

  private static Violation violation(String rule, Severity severity, String subject, String message, int line) {
    return new Violation(rule, severity, "key", message, subject, Origin.of("a.yaml", line, 1), "");
  }

  private static final Violation SELECT_STAR =
      violation("sql.select-star", Severity.WARNING, "sql:q.sql#1", "uses SELECT *", 1);
  private static final Violation NO_OWNER =
      violation("ownership.owner-required", Severity.ERROR, "product:orders", "no owner", 2);
  private static final Violation NO_SLA = violation("sla.required", Severity.ERROR, "contract:orders", "no SLA", 3);

  private static GovernanceReport report(Violation... violations) {
    return GovernanceReport.builder().files(1).violations(List.of(violations)).build();
  }

  @Test
  void aBaselineRecordsEveryCountedViolationSortedByRuleSubjectAndKey() {
    Baseline baseline = Baseline.of(report(NO_SLA, SELECT_STAR, NO_OWNER));

    assertThat(baseline.entries()).extracting(Baseline.Entry::rule)
        .containsExactly("ownership.owner-required", "sla.required", "sql.select-star");
    assertThat(baseline.entries().get(0))
        .isEqualTo(new Baseline.Entry("ownership.owner-required", "product:orders", "key", "no owner"));
    assertThat(baseline.entries()).extracting(Baseline.Entry::fingerprint)
        .containsExactly(NO_OWNER.fingerprint(), NO_SLA.fingerprint(), SELECT_STAR.fingerprint());
  }

  @Test
  void recordedViolationsAreKeptApartAndDoNotCount() {
    Baseline baseline = Baseline.of(report(NO_OWNER, SELECT_STAR));
    GovernanceReport report = report(NO_OWNER, SELECT_STAR, NO_SLA).withBaseline(baseline);

    assertThat(report.violations()).containsExactly(NO_SLA);
    assertThat(report.baselined()).containsExactly(SELECT_STAR, NO_OWNER);
    assertThat(report.fixed()).isEmpty();
    assertThat(report.summary()).isEqualTo(new GovernanceReport.Summary(1, 0, 0, 0, 1, 0, 0, 0, 2, 0));

    GovernanceReport onlyKnown = report(NO_OWNER, SELECT_STAR).withBaseline(baseline);
    assertThat(onlyKnown.hasViolationsAtLeast(Severity.INFO)).isFalse();
    assertThat(onlyKnown.summary().errors()).isZero();
  }

  @Test
  void entriesNoViolationMatchesAreListedAsFixed() {
    Baseline baseline = Baseline.of(report(NO_OWNER, SELECT_STAR));
    GovernanceReport report = report(SELECT_STAR).withBaseline(baseline);

    assertThat(report.fixed()).containsExactly(Baseline.Entry.of(NO_OWNER));
    assertThat(report.summary().fixed()).isEqualTo(1);
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void matchingIgnoresLinesMessagesAndSeverity() {
    Baseline baseline = Baseline.of(report(NO_OWNER));
    Violation moved = new Violation(NO_OWNER.ruleId(), Severity.WARNING, NO_OWNER.key(), "reworded",
        NO_OWNER.subject(), Origin.of("b.yaml", 40, 7), "");

    GovernanceReport report = report(moved).withBaseline(baseline);

    assertThat(report.baselined()).containsExactly(moved);
    assertThat(report.fixed()).isEmpty();
  }

  @Test
  void aFingerprintRecordedTwiceMatchesTwoViolationsAndTheThirdIsNew() {
    Violation first = violation("sql.select-star", Severity.WARNING, "sql:q.sql#1", "uses SELECT * (a)", 1);
    Violation second = violation("sql.select-star", Severity.WARNING, "sql:q.sql#1", "uses SELECT * (b)", 5);
    Violation added = violation("sql.select-star", Severity.WARNING, "sql:q.sql#1", "uses SELECT * (c)", 3);
    Baseline baseline = Baseline.of(report(first, second));
    assertThat(baseline.entries()).hasSize(2);

    GovernanceReport report = report(first, second, added).withBaseline(baseline);

    assertThat(report.violations()).as("the entries' messages pick the recorded ones").containsExactly(added);
    assertThat(report.baselined()).containsExactly(first, second);

    GovernanceReport fewer = report(second).withBaseline(baseline);
    assertThat(fewer.fixed()).containsExactly(Baseline.Entry.of(first));
  }

  @Test
  void aStatementMovedWithinItsFileKeepsItsEntryAndTheInsertedOneIsNew() {
    Violation star = violation("sql.select-star", Severity.WARNING, "sql:q.sql#1", "SELECT * from orders", 1);
    Violation otherFile = violation("sql.select-star", Severity.WARNING, "sql:r.sql#1", "SELECT * from items", 1);
    Baseline baseline = Baseline.of(report(star, otherFile));

    // a statement inserted first in q.sql: the recorded one is now #2, the new one #1 with the same rule and key
    Violation moved = violation("sql.select-star", Severity.WARNING, "sql:q.sql#2", "SELECT * from orders", 4);
    Violation inserted = violation("sql.select-star", Severity.WARNING, "sql:q.sql#1", "SELECT * from returns", 1);
    GovernanceReport report = report(inserted, moved, otherFile).withBaseline(baseline);
    assertThat(report.violations()).containsExactly(inserted);
    assertThat(report.baselined()).containsExactlyInAnyOrder(moved, otherFile);
    assertThat(report.fixed()).isEmpty();

    // moving to another file is not moving within it; nor does the file's other statement take the entry
    Violation elsewhere = violation("sql.select-star", Severity.WARNING, "sql:s.sql#1", "SELECT * from orders", 1);
    GovernanceReport renamed = report(elsewhere, otherFile).withBaseline(baseline);
    assertThat(renamed.violations()).containsExactly(elsewhere);
    assertThat(renamed.fixed()).containsExactly(Baseline.Entry.of(star));
  }

  @Test
  void onlyStatementPathsHaveAFile() {
    assertThat(SqlStatement.fileOfPath("sql:etl/load.sql#12")).contains("etl/load.sql");
    assertThat(SqlStatement.fileOfPath("sql:a#b.sql#3")).contains("a#b.sql");
    assertThat(SqlStatement.fileOfPath("sql:load.sql#")).isEmpty();
    assertThat(SqlStatement.fileOfPath("sql:load.sql#1a")).isEmpty();
    assertThat(SqlStatement.fileOfPath("contract:orders#1")).isEmpty();
  }

  @Test
  void applyingABaselineAgainReplacesTheFirst() {
    GovernanceReport once = report(NO_OWNER, SELECT_STAR).withBaseline(Baseline.of(report(NO_OWNER, SELECT_STAR)));

    GovernanceReport again = once.withBaseline(Baseline.of(report(NO_OWNER)));

    assertThat(again.violations()).containsExactly(SELECT_STAR);
    assertThat(again.baselined()).containsExactly(NO_OWNER);
    assertThat(Baseline.of(once)).as("a report's baseline includes what it baselines")
        .isEqualTo(Baseline.of(report(NO_OWNER, SELECT_STAR)));
    assertThat(once.withBaseline(new Baseline(List.of())).violations()).containsExactly(SELECT_STAR, NO_OWNER);
  }

  @Test
  void waivedViolationsAreNeitherRecordedNorMatched() {
    Waiver waiver = new Waiver(NO_OWNER.ruleId(), NO_OWNER.subject(), "legacy", "ana@shop.example",
        LocalDate.of(2999, 1, 1), "", Origin.of("governance.yaml", 3, 5));
    GovernanceReport waived = GovernanceReport.builder().violations(List.of(SELECT_STAR))
        .waived(List.of(new WaivedViolation(NO_OWNER, waiver))).build();

    assertThat(Baseline.of(waived).entries()).containsExactly(Baseline.Entry.of(SELECT_STAR));
    GovernanceReport applied = waived.withBaseline(Baseline.of(report(NO_OWNER, SELECT_STAR)));
    assertThat(applied.waived()).extracting(WaivedViolation::violation).containsExactly(NO_OWNER);
    assertThat(applied.fixed()).containsExactly(Baseline.Entry.of(NO_OWNER));
  }

  @Test
  void libraryDiagnosticsAreBaselinedLikeAnyViolation() {
    Violation unreadable = new Violation("input.unreadable", Severity.ERROR, "syntax", "bad YAML", "file:x.yaml",
        Origin.of("x.yaml", 1, 1), "");

    GovernanceReport report = report(unreadable).withBaseline(Baseline.of(report(unreadable)));

    assertThat(report.baselined()).containsExactly(unreadable);
    assertThat(report.hasViolationsAtLeast(Severity.ERROR)).isFalse();
  }

  @Test
  void theBuilderCarriesEveryPartAndTheReportIsImmutable() {
    GovernanceReport report = GovernanceReport.builder().files(4).products(1).contracts(2).statements(3)
        .violations(List.of(NO_SLA)).baselined(List.of(SELECT_STAR)).fixed(List.of(Baseline.Entry.of(NO_OWNER)))
        .ignoredFiles(List.of("b.json", "a.json")).configurationHash("sha256:0123").build();

    assertThat(report.summary()).isEqualTo(new GovernanceReport.Summary(4, 1, 2, 3, 1, 0, 0, 0, 1, 1));
    assertThat(report.configurationHash()).isEqualTo("sha256:0123");
    assertThat(report.ignoredFiles()).containsExactly("a.json", "b.json");
    assertThat(GovernanceReport.builder().build().configurationHash()).isEmpty();
    assertThatThrownBy(() -> report.baselined().add(NO_SLA)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(report.withBaseline(Baseline.of(report)).configurationHash()).isEqualTo("sha256:0123");
  }

  @Test
  void aSummaryThatMiscountsTheListsIsRefused() {
    GovernanceReport.Summary wrong = new GovernanceReport.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    assertThatThrownBy(() -> new GovernanceReport(wrong, List.of(NO_SLA), List.of(), List.of(), List.of(), List.of(), ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not count");
    assertThatThrownBy(() -> GovernanceReport.builder().files(-1).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
