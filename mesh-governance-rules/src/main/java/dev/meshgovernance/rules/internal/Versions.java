package dev.meshgovernance.rules.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Not API. Semantic versions as semver.org defines them. */
public final class Versions {

  /** The official SemVer 2.0.0 grammar, anchored. */
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
          + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  private static final Pattern NUMBERS = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+).*");

  private static final Pattern LEADING_MAJOR = Pattern.compile("v?(\\d+)(?:\\..*)?");

  private Versions() {}

  /** True when {@code version} is a semantic version, with a leading {@code v} only if allowed. */
  public static boolean isSemver(String version, boolean allowVPrefix) {
    String text = allowVPrefix && version.startsWith("v") ? version.substring(1) : version;
    return SEMVER.matcher(text).matches();
  }

  /** MAJOR, MINOR and PATCH of a version such as {@code 1.2.3} or {@code v1.2.3-rc.1}; empty otherwise. */
  public static Optional<int[]> numbers(String version) {
    Matcher matcher = NUMBERS.matcher(version.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3))});
  }

  /** The major version of {@code 1.2.3}, {@code v2.0.0} or {@code 3}; empty when there is none. */
  public static OptionalInt major(String version) {
    Matcher matcher = LEADING_MAJOR.matcher(version.strip());
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }
}
