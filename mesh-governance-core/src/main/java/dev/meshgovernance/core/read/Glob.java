package dev.meshgovernance.core.read;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code .gitignore}-style pattern, matched against paths relative to the workspace root with
 * {@code /} separators: {@code *} matches any characters but {@code /}, {@code ?} one such
 * character, {@code [abc]}, {@code [a-z]} and {@code [!a]} one of a set, {@code **} any number of
 * directories ({@code **}{@code /x}, {@code a/**}, {@code a/**}{@code /b}); a pattern with a
 * {@code /} at its start or in its middle is anchored to the root, one without matches a name at
 * any depth; a trailing {@code /} matches directories only; a leading {@code !} negates.
 *
 * @param text the pattern as written
 * @param regex what it matches
 * @param negated written with a leading {@code !}
 * @param directoryOnly written with a trailing {@code /}
 */
record Glob(String text, Pattern regex, boolean negated, boolean directoryOnly) {

  /** The pattern of {@code text}, or none for a blank line or a {@code #} comment. */
  static Optional<Glob> parse(String text) {
    String pattern = text.strip();
    if (pattern.isEmpty() || pattern.startsWith("#")) {
      return Optional.empty();
    }
    boolean negated = pattern.startsWith("!");
    if (negated || pattern.startsWith("\\!") || pattern.startsWith("\\#")) {
      pattern = pattern.substring(1);
    }
    boolean directoryOnly = pattern.endsWith("/");
    while (pattern.endsWith("/")) {
      pattern = pattern.substring(0, pattern.length() - 1);
    }
    if (pattern.isEmpty()) {
      return Optional.empty();
    }
    boolean anchored = pattern.indexOf('/') >= 0;
    if (pattern.startsWith("/")) {
      pattern = pattern.substring(1);
    }
    String body = translate(pattern);
    String regex = anchored || pattern.startsWith("**") ? body : "(?:.*/)?" + body;
    return Optional.of(new Glob(text.strip(), Pattern.compile(regex), negated, directoryOnly));
  }

  /** True when this pattern matches {@code path}, a directory when {@code directory}. */
  boolean matches(String path, boolean directory) {
    return (directory || !directoryOnly) && regex.matcher(path).matches();
  }

  private static String translate(String pattern) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("**/", i) && (i == 0 || pattern.charAt(i - 1) == '/')) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (pattern.startsWith("**", i) && i + 2 == pattern.length() && (i == 0 || pattern.charAt(i - 1) == '/')) {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else if (c == '[' && pattern.indexOf(']', i + 2) > 0) {
        int end = pattern.indexOf(']', i + 2);
        String set = pattern.substring(i + 1, end);
        boolean not = set.startsWith("!") || set.startsWith("^");
        regex.append('[').append(not ? "^" : "")
            .append(set.substring(not ? 1 : 0).replace("\\", "\\\\").replace("[", "\\[")).append(']');
        i = end + 1;
      } else if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
        i += 2;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return regex.toString();
  }
}
