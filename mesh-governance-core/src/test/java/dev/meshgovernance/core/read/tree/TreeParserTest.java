package dev.meshgovernance.core.read.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshgovernance.api.Violation;
import org.junit.jupiter.api.Test;

class TreeParserTest {

  private final TreeParser parser = new TreeParser();

  private ParsedDocument parsed(String file, String text) {
    ParseResult result = parser.parse(file, text);
    assertThat(result).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).document();
  }

  private Violation failed(String file, String text) {
    ParseResult result = parser.parse(file, text);
    assertThat(result).isInstanceOf(ParseResult.Failed.class);
    return ((ParseResult.Failed) result).violation();
  }

  @Test
  void yamlPositionsByPointer() {
    ParsedDocument document = parsed("a.yaml", """
        kind: DataContract
        schema:
          - name: orders
            properties:
              - name: id
              - name: a/b~c
        """);
    assertThat(document.positions().get("")).isEqualTo(new Position(1, 1));
    assertThat(document.positions().get("/kind")).isEqualTo(new Position(1, 7));
    assertThat(document.positions().get("/schema/0")).isEqualTo(new Position(3, 5));
    assertThat(document.positions().get("/schema/0/properties/1")).isEqualTo(new Position(6, 9));
    assertThat(document.positions().get("/schema/0/properties/1/name")).isEqualTo(new Position(6, 15));
    assertThat(document.root().at("/schema/0/properties/1/name").asText()).isEqualTo("a/b~c");
    assertThat(document.origin("/schema/0/missing").line()).isEqualTo(3);
    assertThat(document.origin("/schema/0/missing").pointer()).isEqualTo("/schema/0/missing");
  }

  @Test
  void jsonPositionsAndEscapedPointers() {
    ParsedDocument document = parsed("a.json", "{\n  \"a/b\": [1, {\"~x\": true}]\n}");
    assertThat(document.positions().get("/a~1b")).isEqualTo(new Position(2, 10));
    assertThat(document.positions().get("/a~1b/1/~0x")).isEqualTo(new Position(2, 21));
  }

  @Test
  void yamlSyntaxErrorHasLineColumnAndCleanMessage() {
    Violation violation = failed("bad.yaml", "kind: DataContract\nschema:\n  - name: a\n   bad: [\n");
    assertThat(violation.ruleId()).isEqualTo("input.unreadable");
    assertThat(violation.subject()).isEqualTo("file:bad.yaml");
    assertThat(violation.origin().file()).isEqualTo("bad.yaml");
    assertThat(violation.origin().line()).isEqualTo(4);
    assertThat(violation.origin().column()).isEqualTo(4);
    assertThat(violation.message()).startsWith("YAML syntax error: ").doesNotContain("Source").doesNotContain("\n");
  }

  @Test
  void jsonSyntaxErrorHasLineColumnAndCleanMessage() {
    Violation violation = failed("bad.json", "{\n  \"a\": 1,\n  }\n");
    assertThat(violation.origin().line()).isEqualTo(3);
    assertThat(violation.origin().column()).isEqualTo(3);
    assertThat(violation.message()).contains("Unexpected character ('}'").doesNotContain("[Source");
    assertThat(failed("bad.json", "[1, 2}").message()).isEqualTo("Unexpected close marker '}': expected ']'");
    assertThat(failed("bad.json", "[1, 2").message())
        .isEqualTo("Unexpected end-of-input: expected close marker for Array");
  }

  @Test
  void moreThanOneDocumentIsUnreadable() {
    Violation violation = failed("two.yaml", "a: 1\n---\nb: 2\n");
    assertThat(violation.message()).contains("more than one document");
    assertThat(violation.origin().line()).isEqualTo(3);
  }

  @Test
  void emptyDocumentParsesToMissingRoot() {
    assertThat(parsed("empty.yaml", "").root().isMissingNode()).isTrue();
    assertThat(parsed("comment.yaml", "# nothing\n").root().isMissingNode()).isTrue();
  }

  @Test
  void yamlAliasesAreResolved() {
    ParsedDocument document = parsed("alias.yaml", "a: &x {k: [1, 2]}\nb: *x\nc: [&l [3], *l]\n");
    assertThat(document.root().get("b")).isEqualTo(document.root().get("a"));
    assertThat(document.root().at("/c/1/0").asInt()).isEqualTo(3);
    assertThat(document.origin("/b/k/1").line()).isEqualTo(2);
    assertThat(failed("alias.yaml", "a: *nothing\n").message()).contains("*nothing");
    // Jackson does not report anchors on scalars: such an alias is refused, never read as its name
    assertThat(failed("alias.yaml", "c: &y text\nd: *y\n").message())
        .contains("alias *y names no anchored object or list");
  }

  @Test
  void deepAliasChainsAreReported() {
    StringBuilder text = new StringBuilder("x0: &x0 " + "[".repeat(150) + "]".repeat(150) + "\n");
    for (int i = 1; i < 5; i++) {
      text.append("x").append(i).append(": &x").append(i).append(" ").append("[".repeat(150))
          .append("*x").append(i - 1).append("]".repeat(150)).append("\n");
    }
    assertThat(failed("deep.yaml", text.toString()).message()).contains("deeper than " + TreeParser.MAX_DEPTH);
  }

  @Test
  void aliasBombIsReportedNotThrown() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
          .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    assertThat(failed("bomb.yaml", bomb.toString()).message())
        .contains("more than " + TreeParser.MAX_ALIASED_VALUES + " values");
  }

  @Test
  void tooDeepIsReported() {
    Violation violation = failed("deep.json", "[".repeat(TreeParser.MAX_DEPTH + 5) + "]".repeat(TreeParser.MAX_DEPTH + 5));
    assertThat(violation.message()).contains("nesting depth").doesNotContain("StreamReadConstraints");
  }

  @Test
  void tooLargeIsReported() {
    Violation violation = failed("big.yaml", "a: " + "x".repeat(TreeParser.MAX_CHARS));
    assertThat(violation.message()).contains("more than the");
  }
}
