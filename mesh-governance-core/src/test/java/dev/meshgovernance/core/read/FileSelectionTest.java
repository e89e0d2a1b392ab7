package dev.meshgovernance.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileSelectionTest {

  private static FileSelection exclude(String... patterns) {
    return new FileSelection(List.of(), List.of(patterns));
  }

  @Test
  void aNameWithoutSlashMatchesAtAnyDepthAndAnAnchoredOneOnlyFromTheRoot() {
    FileSelection anywhere = exclude("*.draft.yaml");
    assertThat(anywhere.selects("a/b/c.draft.yaml")).isFalse();
    assertThat(anywhere.selects("c.draft.yaml")).isFalse();
    assertThat(anywhere.selects("a/c.yaml")).isTrue();

    FileSelection anchored = exclude("/legacy.yaml", "old/*.yaml");
    assertThat(anchored.selects("legacy.yaml")).isFalse();
    assertThat(anchored.selects("x/legacy.yaml")).isTrue();
    assertThat(anchored.selects("old/a.yaml")).isFalse();
    assertThat(anchored.selects("old/deeper/a.yaml")).isTrue();
    assertThat(anchored.selects("x/old/a.yaml")).isTrue();
  }

  @Test
  void doubleStarsCrossDirectoriesAndQuestionMarksAndSetsMatchOneCharacter() {
    FileSelection selection = exclude("fixtures/**/expected.json", "v?.sql", "tmp[0-9].yaml");
    assertThat(selection.selects("fixtures/expected.json")).isFalse();
    assertThat(selection.selects("fixtures/a/b/expected.json")).isFalse();
    assertThat(selection.selects("v1.sql")).isFalse();
    assertThat(selection.selects("v10.sql")).isTrue();
    assertThat(selection.selects("tmp3.yaml")).isFalse();
    assertThat(selection.selects("tmpx.yaml")).isTrue();
  }

  @Test
  void aTrailingSlashMatchesDirectoriesAndEverythingUnderThem() {
    FileSelection selection = exclude("data/");
    assertThat(selection.selects("data/a.json")).isFalse();
    assertThat(selection.selects("orders/data/x/a.json")).isFalse();
    assertThat(selection.selects("data")).isTrue();
    assertThat(selection.excludesDirectory("orders/data")).isTrue();
    assertThat(selection.excludesDirectory("orders")).isFalse();
  }

  @Test
  void aNegationTakesBackWhatEarlierPatternsMatchedButNotUnderAnExcludedDirectory() {
    FileSelection selection = exclude("*.json", "!keep.json", "drafts/", "!drafts/keep.yaml");
    assertThat(selection.selects("a.json")).isFalse();
    assertThat(selection.selects("x/keep.json")).isTrue();
    assertThat(selection.selects("drafts/keep.yaml")).isFalse();
  }

  @Test
  void includePatternsSelectOnlyWhatTheyMatchThenExcludesApply() {
    FileSelection selection = new FileSelection(List.of("contracts/", "**/*.sql"), List.of("contracts/old/"));
    assertThat(selection.selects("contracts/a.yaml")).isTrue();
    assertThat(selection.selects("contracts/old/a.yaml")).isFalse();
    assertThat(selection.selects("sql/x/y.sql")).isTrue();
    assertThat(selection.selects("products/p.yaml")).isFalse();
    assertThat(FileSelection.ALL.selects("anything/at/all.yaml")).isTrue();
  }

  @Test
  void commentsAndBlankPatternsMatchNothing() {
    assertThat(exclude("# a comment", "  ").selects("# a comment")).isTrue();
  }
}
