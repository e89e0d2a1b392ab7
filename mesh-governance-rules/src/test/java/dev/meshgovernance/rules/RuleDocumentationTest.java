package dev.meshgovernance.rules;

import dev.meshgovernance.core.testing.RepositoryRoot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.core.docs.RulePages;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule is complete: registered, final, tested, and documented by an up-to-date page in
 * {@code docs/rules}. Run with {@code -Dmeshgovernance.updateDocs=true} to rewrite stale pages.
 */
class RuleDocumentationTest {

  private static final Path DOCS = RepositoryRoot.path().resolve("docs/rules");

  @SuppressWarnings("rawtypes")
  static List<Rule<?>> builtInRules() {
    List<Rule<?>> rules = new ArrayList<>();
    for (Rule rule : ServiceLoader.load(Rule.class)) {
      rules.add(rule);
    }
    return rules;
  }

  @Test
  void everyRuleIsFinalAndHasCasesWithAnAntiPatternAndABestPractice() {
    assertThat(builtInRules()).isNotEmpty().allSatisfy(rule -> {
      Class<?> type = rule.getClass();
      String id = rule.info().id();
      assertThat(Modifier.isFinal(type.getModifiers())).as(type + " is final").isTrue();
      assertThat(RuleCaseFile.exists(id)).as("case file cases/" + id + ".yaml").isTrue();
      RuleCaseFile cases = RuleCaseFile.of(id);
      assertThat(cases.rule()).as("rule named by cases/" + id + ".yaml").isEqualTo(id);
      assertThat(cases.doc("anti-pattern")).as(id + " has an anti-pattern case")
          .hasValueSatisfying(c -> assertThat(c.expectsViolations()).isTrue());
      assertThat(cases.doc("best-practice")).as(id + " has a best-practice case")
          .hasValueSatisfying(c -> assertThat(c.expectsViolations()).isFalse());
    });
  }

  @Test
  void everyRulePageIsUpToDate() throws IOException {
    List<RuleInfo> infos = builtInRules().stream().map(Rule::info).toList();
    List<String> stale = new ArrayList<>();
    for (RuleInfo info : infos) {
      RuleCaseFile cases = RuleCaseFile.of(info.id());
      compare(DOCS.resolve(RulePages.fileName(info)),
          RulePages.page(info, example(cases, "anti-pattern"), example(cases, "best-practice")), stale);
    }
    compare(DOCS.resolve("README.md"), RulePages.index(infos), stale);
    assertThat(stale).as("stale rule pages; regenerate with -Dmeshgovernance.updateDocs=true").isEmpty();
  }

  private static void compare(Path file, String expected, List<String> stale) throws IOException {
    if (Files.isRegularFile(file) && Files.readString(file).equals(expected)) {
      return;
    }
    if (Boolean.getBoolean("meshgovernance.updateDocs")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected);
    } else {
      stale.add(file.toString());
    }
  }

  private static RulePages.Example example(RuleCaseFile cases, String kind) {
    RuleCaseFile.Case c = cases.doc(kind).orElseThrow(() -> new AssertionError(cases.rule() + " has no " + kind));
    return new RulePages.Example(c.name(), c.options(), c.previous(), c.files());
  }
}
