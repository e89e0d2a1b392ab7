package dev.meshgovernance.rules;

import dev.meshgovernance.api.Rule;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of every rule's case file (see {@link RuleCaseFile}). */
class RuleCasesTest {

  private static final Map<String, Rule<?>> RULES = RuleDocumentationTest.builtInRules().stream()
      .collect(Collectors.toMap(r -> r.info().id(), Function.identity()));

  @TestFactory
  Stream<DynamicContainer> everyCaseOfEveryRule() {
    return RuleCaseFile.all().stream().map(file -> DynamicContainer.dynamicContainer(file.rule(),
        file.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          Rule<?> rule = RULES.get(file.rule());
          if (rule == null) {
            throw new AssertionError("case file names rule " + file.rule() + ", which is not registered");
          }
          RuleTester.of(rule).options(c.options()).files(c.files()).previous(c.previous()).check();
        }))));
  }
}
