package dev.meshgovernance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshgovernance.api.model.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleInfoTest {

  @Test
  void completeMetadataBuilds() {
    RuleInfo info = RuleInfo.builder("naming.column-name", Field.class).title("Names are snake_case")
        .description("d").rationale("r").option(RuleOption.integer("maxLength", 63, "m")).build();

    assertThat(info.category()).isEqualTo("naming");
    assertThat(info.severity()).isEqualTo(Severity.WARNING);
    assertThat(info.option("maxLength")).isPresent();
    assertThat(info.since()).isEqualTo("0.1.0");
  }

  @Test
  void everyProblemOfTheMetadataIsListedWhenItLoads() {
    assertThatThrownBy(() -> RuleInfo.builder("Naming.columnName", Field.class).title("Ends with a period.")
        .description(" ").option(RuleOption.bool("strict", true, "s")).option(RuleOption.bool("strict", false, "s"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid metadata of rule Naming.columnName: id 'Naming.columnName' is not category.name in "
            + "kebab-case; no description; no rationale; title ends with a period; option strict is declared twice");
  }

  @Test
  void optionsAreTypedAndConvertConfiguredValues() {
    RuleOption<Integer> max = RuleOption.integer("maxLength", 63, "m");
    RuleOption<List<String>> tags = RuleOption.strings("tags", List.of("pii"), "t");

    assertThat(max.convert(10L)).isEqualTo(10);
    assertThat(tags.convert(List.of("a", "b"))).containsExactly("a", "b");
    assertThatThrownBy(() -> max.convert(1.5)).hasMessage("option maxLength expects integer, got '1.5'");
    assertThatThrownBy(() -> tags.convert(List.of(1))).hasMessage("option tags expects list of strings, got '[1]'");
    assertThatThrownBy(() -> RuleOption.string("Bad-Name", "x", "d")).hasMessageContaining("lower camel case");
  }

  @Test
  void aRegularExpressionOptionIsCompiledOnceAndABadOneSaysWhatIsWrong() {
    RuleOption<java.util.regex.Pattern> pattern = RuleOption.regex("pattern", "^[a-z_]+$", "p");

    assertThat(pattern.convert("^[A-Z]+$").matcher("ORDERS").matches()).isTrue();
    assertThat(pattern.defaultValue().matcher("orders").matches()).isTrue();
    assertThat(pattern.typeName()).isEqualTo("regular expression");
    assertThatThrownBy(() -> pattern.convert("^[a-z+$"))
        .hasMessage("option pattern expects a regular expression, got '^[a-z+$': Unclosed character class at index 6");
    assertThatThrownBy(() -> pattern.convert(3)).hasMessage("option pattern expects regular expression, got '3'");
    assertThatThrownBy(() -> RuleOption.regex("pattern", "(", "p")).isInstanceOf(IllegalArgumentException.class);
  }
}
