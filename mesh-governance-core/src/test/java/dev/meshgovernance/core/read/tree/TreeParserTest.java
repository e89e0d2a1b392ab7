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

  private ParseResult.Stream stream(String file, String text) {
    ParseResult result = parser.parseStream(file, text);
    assertThat(result).isInstanceOf(ParseResult.Stream.class);
    return (ParseResult.Stream) result;
  }

  @Test
  void moreThanOneDocumentIsUnreadableWhereOneIsExpected() {
    Violation violation = failed("two.yaml", "a: 1\n---\nb: 2\n");
    assertThat(violation.message()).contains("more than one document");
    assertThat(violation.origin().line()).isEqualTo(3);
  }

  @Test
  void everyDocumentOfAYamlStreamIsRead() {
    ParseResult.Stream stream = stream("two.yaml", "---\na: 1\n---\nb: &x {c: 2}\n...\n---\nd: [3]\n---\n");
    assertThat(stream.documents()).hasSize(3);
    assertThat(stream.documents()).extracting(ParsedDocument::file).containsOnly("two.yaml");
    assertThat(stream.documents().get(1).root().at("/b/c").asInt()).isEqualTo(2);
    assertThat(stream.documents().get(1).origin("/b/c").line()).isEqualTo(4);
    assertThat(stream.documents().get(2).origin("/d/0").line()).isEqualTo(7);
    assertThat(stream.problems()).isEmpty();
    // anchors belong to their document
    assertThat(parser.parseStream("a.yaml", "a: &x {k: 1}\n---\nb: *x\n")).isInstanceOf(ParseResult.Failed.class);
  }

  @Test
  void aJsonFileIsOneDocument() {
    ParseResult result = parser.parseStream("two.json", "{\"a\": 1}\n{\"b\": 2}\n");
    assertThat(((ParseResult.Failed) result).violation().message()).contains("more than one document");
  }

  @Test
  void duplicateKeysAreReportedAtTheLaterKeyNamingTheEarlierLine() {
    ParseResult.Stream stream = stream("c.yaml", """
        schema:
          - name: orders
            properties:
              - name: email
                classification: restricted
                classification: public
        """);
    assertThat(stream.problems()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("input.duplicate-key");
      assertThat(v.severity()).isEqualTo(dev.meshgovernance.api.Severity.ERROR);
      assertThat(v.origin().line()).isEqualTo(6);
      assertThat(v.origin().column()).isEqualTo(9);
      assertThat(v.origin().pointer()).isEqualTo("/schema/0/properties/0/classification");
      assertThat(v.message()).contains("'classification'", "line 5", "line 6");
    });
    ParsedDocument document = stream.documents().get(0);
    assertThat(document.root().at("/schema/0/properties/0/classification").asText()).isEqualTo("public");
    assertThat(document.origin("/schema/0/properties/0/classification").line()).isEqualTo(6);
  }

  @Test
  void duplicateKeysInJsonAreReportedToo() {
    ParseResult.Stream stream = stream("c.json", "{\"a\": {\"x\": {\"deep\": 1}},\n \"a\": {\"y\": 2}}");
    assertThat(stream.problems()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("input.duplicate-key");
      assertThat(v.origin().line()).isEqualTo(2);
      assertThat(v.message()).contains("'a'", "line 1");
    });
    ParsedDocument document = stream.documents().get(0);
    assertThat(document.root().get("a").has("x")).isFalse();
    // the replaced value's positions are gone: a pointer into it is no longer placed at line 1
    assertThat(document.origin("/a/x/deep").line()).isEqualTo(2);
    assertThat(failed("c.json", "{\"a\": 1, \"a\": 2}").ruleId()).isEqualTo("input.duplicate-key");
  }

  @Test
  void mergeKeysMergeAsYaml11Defines() {
    ParsedDocument document = parsed("m.yaml", """
        base: &base
          classification: restricted
          tags: [pii]
        other: &other
          classification: public
          logicalType: string
        merged:
          <<: *base
          name: email
        overridden:
          name: email
          <<: [*other, *base]
          tags: [x]
        inline:
          <<: {a: 1}
        """);
    assertThat(document.root().get("merged").get("classification").asText()).isEqualTo("restricted");
    assertThat(document.root().get("merged").has("<<")).isFalse();
    assertThat(document.origin("/merged/classification").line()).isEqualTo(2);
    assertThat(document.origin("/merged/tags/0").line()).isEqualTo(3);
    assertThat(document.root().get("overridden").get("classification").asText()).isEqualTo("public");
    assertThat(document.root().get("overridden").get("logicalType").asText()).isEqualTo("string");
    assertThat(document.root().at("/overridden/tags/0").asText()).isEqualTo("x");
    assertThat(document.origin("/overridden/tags").line()).isEqualTo(13);
    assertThat(document.origin("/overridden/classification").line()).isEqualTo(5);
    assertThat(document.root().at("/inline/a").asInt()).isEqualTo(1);
    assertThat(document.positions()).doesNotContainKey("/inline/<<");
    assertThat(failed("m.yaml", "a:\n  <<: [1, 2]\n").message()).contains("merge key");
  }

  @Test
  void mergeKeyBombIsRefused() {
    StringBuilder bomb = new StringBuilder("a: &a {a0: x, a1: x, a2: x, a3: x, a4: x, a5: x, a6: x, a7: x, a8: x}\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" {");
      for (int i = 0; i < 6; i++) {
        bomb.append(c).append(i).append(": *").append(p).append(", ");
      }
      bomb.append("<<: *").append(p).append("}\n");
    }
    assertThat(failed("bomb.yaml", bomb.toString()).message())
        .contains("more than " + TreeParser.MAX_ALIASED_VALUES + " values");
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
  void tooDeepIsReportedInTheLibrarysWordsWithItsPlace() {
    int deep = TreeParser.MAX_DEPTH + 5;
    String flow = "a:\n  b: " + "[".repeat(deep) + "]".repeat(deep) + "\n";
    StringBuilder block = new StringBuilder("a:\n");
    for (int i = 0; i < deep; i++) {
      block.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    block.append("  ".repeat(deep + 1)).append("v: 1\n");
    for (String[] input : new String[][] {
        {"deep.json", "{\"a\":\n " + "[".repeat(deep) + "]".repeat(deep) + "}", "2", "/a/0/0/"},
        {"deep.yaml", flow, "2", "/a/b/0/0/"},
        {"deep.yaml", block.toString(), String.valueOf(TreeParser.MAX_DEPTH + 1), "/a/k0/k1/"}}) {
      Violation violation = failed(input[0], input[1]);
      assertThat(violation.ruleId()).isEqualTo("input.unreadable");
      assertThat(violation.origin().line()).as(input[0]).isEqualTo(Integer.parseInt(input[2]));
      assertThat(violation.origin().column()).isPositive();
      assertThat(violation.origin().pointer()).startsWith(input[3]);
      assertThat(violation.message())
          .startsWith("nesting deeper than " + TreeParser.MAX_DEPTH + " levels at line " + input[2] + ", column ")
          .contains("(element " + input[3])
          .doesNotContain("StreamReadConstraints").doesNotContain("exceeds");
    }
    // far deeper than the parsers' own limits: still the library's words, at the 201st level
    int far = 10_000;
    for (String file : new String[] {"far.json", "far.yaml"}) {
      Violation violation = failed(file, "[".repeat(far) + "]".repeat(far));
      assertThat(violation.message()).as(file)
          .startsWith("nesting deeper than " + TreeParser.MAX_DEPTH + " levels at line 1, column 201 ");
    }
  }

  @Test
  void tooLargeIsReported() {
    Violation violation = failed("big.yaml", "a: " + "x".repeat(TreeParser.MAX_CHARS));
    assertThat(violation.message()).contains("more than the");
  }
}
