package dev.meshgovernance.core.read.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonPointer;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary bytes as a YAML stream (aliases, merge keys, several documents, duplicate keys): the parser
 * never throws, and every position it records belongs to a value of its document — merged values and
 * replaced duplicates leave no position behind that points at nothing. {@code mvn test} replays the
 * seeds in {@code src/test/resources/dev/meshgovernance/core/read/tree/TreeParserFuzzTestInputs/yamlStream/};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class TreeParserFuzzTest {

  private static final TreeParser PARSER = new TreeParser();

  @FuzzTest(maxDuration = "60s")
  void yamlStream(byte[] input) {
    ParseResult result = PARSER.parseStream("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
    assertThat(result).isNotInstanceOf(ParseResult.Parsed.class);
    if (result instanceof ParseResult.Stream stream) {
      assertThat(stream.documents()).isNotEmpty();
      for (ParsedDocument document : stream.documents()) {
        document.positions().keySet().forEach(pointer -> assertThat(document.root().at(JsonPointer.compile(pointer))
            .isMissingNode()).as("position of %s", pointer).isFalse());
      }
    }
  }
}
