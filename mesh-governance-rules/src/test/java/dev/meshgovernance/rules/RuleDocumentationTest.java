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
  void everyRuleClassIsFinalAndHasATestClass() {
    assertThat(builtInRules()).isNotEmpty().allSatisfy(rule -> {
      Class<?> type = rule.getClass();
      assertThat(Modifier.isFinal(type.getModifiers())).as(type + " is final").isTrue();
      assertThat(classExists(type.getName() + "Test")).as(type + " has a test class").isTrue();
    });
  }

  @Test
  void everyRulePageIsUpToDate() throws IOException {
    List<RuleInfo> infos = builtInRules().stream().map(Rule::info).toList();
    List<String> stale = new ArrayList<>();
    for (RuleInfo info : infos) {
      compare(DOCS.resolve(RulePages.fileName(info)), RulePages.page(info), stale);
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

  private static boolean classExists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
