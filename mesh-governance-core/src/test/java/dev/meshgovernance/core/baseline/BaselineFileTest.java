package dev.meshgovernance.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.meshgovernance.api.Baseline;
import dev.meshgovernance.core.config.ConfigurationException;
import dev.meshgovernance.core.testing.RepositoryRoot;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline file: written stable and valid against its schema, read back equal, refused with a location when bad. */
class BaselineFileTest {

  private static final Baseline.Entry COLUMN = new Baseline.Entry("naming.column-name",
      "contract:catalog-products-contract/products/productName", "pattern-mismatch",
      "field name 'productName' does not match ^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
  private static final Baseline.Entry TRICKY = new Baseline.Entry("sql.parse-error", "sql:q \"1\".sql#1", "syntax",
      "unexpected token \"\\\" at\nline 2\tcolumn 3 — café");

  private static String write(Baseline baseline) throws IOException {
    StringWriter out = new StringWriter();
    BaselineFile.write(baseline, out);
    return out.toString();
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(RepositoryRoot.resolve("docs/baseline.schema.json")));
  }

  @Test
  void aBaselineIsWrittenSortedOneViolationPerLine() throws IOException {
    String text = write(new Baseline(List.of(TRICKY, COLUMN, COLUMN)));

    assertThat(text.lines()).hasSize(8);
    assertThat(text).startsWith("{\n  \"version\": 1,\n  \"violations\": [\n    {\"fingerprint\": \""
        + COLUMN.fingerprint() + "\", \"rule\": \"naming.column-name\", \"subject\": ")
        .endsWith("}\n  ]\n}\n")
        .doesNotContain("\r");
    assertThat(text.lines().filter(l -> l.contains("naming.column-name"))).hasSize(2);
    assertThat(write(new Baseline(List.of(COLUMN, COLUMN, TRICKY)))).as("stable whatever the order given")
        .isEqualTo(text);
    assertThat(write(new Baseline(List.of()))).isEqualTo("{\n  \"version\": 1,\n  \"violations\": []\n}\n");
  }

  @Test
  void whatIsWrittenReadsBackEqual(@TempDir Path dir) throws IOException {
    Baseline baseline = new Baseline(List.of(TRICKY, COLUMN, COLUMN));
    Path file = Files.writeString(dir.resolve("baseline.json"), write(baseline), StandardCharsets.UTF_8);

    assertThat(BaselineFile.read(file)).isEqualTo(baseline);
    assertThat(BaselineFile.read(file).entries()).hasSize(3);
  }

  @Test
  void whatIsWrittenIsValidAgainstThePublishedSchema() throws IOException {
    Schema schema = schema();
    for (Baseline baseline : List.of(new Baseline(List.of(TRICKY, COLUMN)), new Baseline(List.of()))) {
      assertThat(schema.validate(new ObjectMapper().readTree(write(baseline)))).isEmpty();
    }
  }

  @Test
  void theDocumentedExampleIsAValidBaseline() throws IOException {
    Matcher block = Pattern.compile("## Baselines.*?```json\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(RepositoryRoot.resolve("docs/configuration.md")));
    assertThat(block.find()).isTrue();

    assertThat(BaselineFile.parse("configuration.md", block.group(1)).entries()).containsExactly(COLUMN);
    assertThat(schema().validate(new ObjectMapper().readTree(block.group(1)))).isEmpty();
    assertThat(write(new Baseline(List.of(COLUMN)))).isEqualTo(block.group(1));
  }

  @Test
  void theMessageIsOptional() {
    String fingerprint = COLUMN.fingerprint();
    Baseline read = BaselineFile.parse("b.json", "{\"version\": 1, \"violations\": [{\"fingerprint\": \""
        + fingerprint + "\", \"rule\": \"naming.column-name\", \"subject\": \"" + COLUMN.subject()
        + "\", \"key\": \"pattern-mismatch\"}]}");

    assertThat(read.entries()).extracting(Baseline.Entry::message).containsExactly("");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      {"version": 1, "violations": [}                  | b.json:1:31: Unexpected close marker '}': expected ']'
      []                                               | b.json:1:1: a baseline is a JSON object: {"version": 1, "violations": [...]}
      {"violations": []}                               | b.json:1:1: the baseline has no version; this mesh-governance reads version 1
      {"version": 2, "violations": []}                 | b.json:1:13: unsupported baseline version 2; this mesh-governance reads version 1 (the file was written by a newer one)
      {"version": "1", "violations": []}               | b.json:1:13: version must be a number; this mesh-governance reads version 1
      {"version": 1}                                   | b.json:1:1: the baseline has no violations list
      {"version": 1, "violations": {}}                 | b.json:1:30: violations must be a list
      {"version": 1, "violation": []}                  | b.json:1:29: unknown key 'violation' (did you mean 'violations'?); a baseline has version and violations
      {"version": 1, "violations": ["x"]}              | b.json:1:31: a violation is an object with fingerprint, rule, subject, key and message
      {"version": 1, "violations": [{"rule": "a.b"}]}  | b.json:1:31: the violation has no fingerprint; write the baseline again with `mesh-governance baseline` rather than editing it
      {"version": 1, "violations": [{"fingerprint": "ABC"}]} | b.json:1:47: fingerprint 'ABC' is not 16 lower-case hex digits
      {"version": 1, "violations": [{"fingerprint": "0123456789abcdef"}]} | b.json:1:31: the violation has no rule; write the baseline again with `mesh-governance baseline` rather than editing it
      {"version": 1, "violations": [{"fingerprint": "0123456789abcdef", "rule": "", "subject": "s", "key": "k"}]} | b.json:1:75: rule must be a non-empty string
      {"version": 1, "violations": [{"fingerprint": "0123456789abcdef", "rule": "a.b", "subject": "s", "key": "k", "mesage": ""}]} | b.json:1:120: unknown key 'mesage' (did you mean 'message'?); a violation has fingerprint, rule, subject, key and message
      {"version": 1, "violations": [{"fingerprint": "0123456789abcdef", "rule": "a.b", "subject": "s", "key": "k"}]} | b.json:1:47: fingerprint 0123456789abcdef does not match the violation's rule, subject and key, whose fingerprint is 9961a8d198dc45b5; write the baseline again with `mesh-governance baseline` rather than editing it
      """)
  void aBadBaselineIsRefusedWithFileLineAndColumn(String text, String message) throws IOException {
    assertThatThrownBy(() -> BaselineFile.parse("b.json", text))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(message);
    boolean isJson = !message.contains("Unexpected");
    if (isJson && !message.contains("does not match")) {
      assertThat(schema().validate(new ObjectMapper().readTree(text)))
          .as("the schema refuses what the reader refuses").isNotEmpty();
    }
  }

  @Test
  void errorsSayWhichLineOfAWrittenFile(@TempDir Path dir) throws IOException {
    String text = write(new Baseline(List.of(COLUMN, TRICKY))).replace("\"key\": \"syntax\"", "\"key\": \"\"");
    Path file = Files.writeString(dir.resolve("governance-baseline.json"), text);

    assertThatThrownBy(() -> BaselineFile.read(file))
        .hasMessageStartingWith(file + ":5:")
        .hasMessageEndingWith(": key must be a non-empty string");
  }

  @Test
  void aFileThatCannotBeReadIsNamed(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> BaselineFile.read(missing))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(missing + ": cannot read the baseline: no such file");

    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertThatThrownBy(() -> BaselineFile.read(binary)).hasMessage(binary + ": cannot read the baseline: not UTF-8 text");

    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThatThrownBy(() -> BaselineFile.read(empty))
        .hasMessage(empty + ": a baseline is a JSON object: {\"version\": 1, \"violations\": [...]}");
  }
}
