package dev.meshgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.core.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed} and {@code --changed-since}: what a pull request touches, in the whole mesh's context. */
class ChangedOnlyTest {

  @TempDir
  Path dir;

  private List<String> violationLines(CliRun run) {
    return run.out().lines().filter(l -> l.contains(": error [") || l.contains(": warning [")).toList();
  }

  @Test
  void onlyTheSubjectsOfTheChangedFilesAreReported() {
    Path example = CliRun.example();
    CliRun run = CliRun.of("check", example.toString(), "--changed",
        example.resolve("orders/orders.odcs.yaml").toString(), example.resolve("marketing/sql/new_arrivals.sql").toString(),
        "README.md");

    // new_arrivals.sql reads an internal table of another product: known from the whole mesh, not the changed files
    assertThat(violationLines(run)).containsExactly(
        "marketing/sql/new_arrivals.sql:5:6: error [sql.cross-domain-internal-access] product 'marketing-cross-sell' "
            + "reads catalog.products_staging, an internal table of product 'catalog-products' "
            + "(sql:marketing/sql/new_arrivals.sql#1)",
        "orders/orders.odcs.yaml:66:9: error [encryption.pii-encrypted] field 'customer_email' is sensitive "
            + "(classification 'pii') but declares no encryption (contract:sales-orders-contract/orders/customer_email)");
    assertThat(run.out()).contains("0 product(s), 1 contract(s), 1 SQL statement(s)");
    assertThat(run.exitCode()).isEqualTo(1);

    CliRun untouched = CliRun.of("check", example.toString(), "--changed", example.resolve("README.md").toString());
    assertThat(violationLines(untouched)).isEmpty();
    assertThat(untouched.exitCode()).isZero();
  }

  @Test
  void withABaselineOnlyTheEntriesOfTheChangedFilesTakePart() {
    Path baseline = dir.resolve("baseline.json");
    assertThat(CliRun.of("baseline", CliRun.example().toString(), "--output", baseline.toString()).exitCode()).isZero();

    CliRun run = CliRun.of("check", CliRun.example().toString(), "--baseline", baseline.toString(),
        "--changed", CliRun.example().resolve("orders/orders.odcs.yaml").toString());

    // the seven entries about other files are neither matched nor "fixed" by a run that did not look at them
    assertThat(run.report()).endsWith("; 1 baselined violation(s) not shown" + System.lineSeparator());
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void changedSinceAsksGitWhatTheBranchChangedCommittedOrNot() throws Exception {
    Path repo = dir.resolve("repo");
    Path workspace = repo.resolve("mesh");
    TestFiles.copyTree(CliRun.example(), workspace);
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "mesh");
    git(repo, "checkout", "-q", "-b", "feature");
    Path sql = workspace.resolve("catalog/sql/build_products.sql");
    Files.writeString(sql, Files.readString(sql) + "\n-- touched\n");
    git(repo, "commit", "-q", "-am", "touch the catalog build");
    Files.writeString(workspace.resolve("marketing/sql/adhoc.sql"), "SELECT * FROM catalog.products_staging;\n");

    CliRun run = CliRun.of("check", workspace.toString(), "--changed-since", "main");

    assertThat(run.err()).isEmpty();
    assertThat(violationLines(run)).containsExactly(
        "catalog/sql/build_products.sql:4:8: warning [sql.select-star] statement uses SELECT * or t.*; name the "
            + "columns instead (sql:catalog/sql/build_products.sql#1)",
        "marketing/sql/adhoc.sql:1:8: warning [sql.select-star] statement uses SELECT * or t.*; name the columns "
            + "instead (sql:marketing/sql/adhoc.sql#1)",
        "marketing/sql/adhoc.sql:1:15: error [sql.cross-domain-internal-access] product 'marketing-cross-sell' reads "
            + "catalog.products_staging, an internal table of product 'catalog-products' (sql:marketing/sql/adhoc.sql#1)");
  }

  @Test
  void gitProblemsAndConflictingOptionsAreUsageErrors() throws IOException {
    Path workspace = Files.createDirectories(dir.resolve("plain"));
    CliRun notARepository = CliRun.of("check", workspace.toString(), "--changed-since", "main");
    assertThat(notARepository.exitCode()).isEqualTo(2);
    assertThat(notARepository.err()).startsWith("error: git merge-base main HEAD failed: fatal:");

    CliRun both = CliRun.of("check", workspace.toString(), "--changed", "a.yaml", "--changed-since", "main");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }


  private static void git(Path repo, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(arguments));
    Files.createDirectories(repo);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
  }
}
