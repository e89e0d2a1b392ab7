package dev.meshgovernance.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which files of a workspace directory are read: {@code include} and {@code exclude} lists of
 * {@code .gitignore}-style patterns (see docs/configuration.md), matched against paths relative to
 * the workspace root. With no {@code include} patterns every file is a candidate, otherwise only
 * those an include pattern matches; then every file an exclude pattern matches is left out. In each
 * list the last pattern that matches a path decides ({@code !pattern} takes a path back out of what
 * earlier patterns matched), and a directory that a list matches matches everything under it — a
 * {@code !} pattern cannot take back a file whose directory is matched, as in git.
 * Immutable and thread-safe; the patterns are compiled once.
 */
public final class FileSelection {

  /** Every file. */
  public static final FileSelection ALL = new FileSelection(List.of(), List.of());

  private final List<String> include;
  private final List<String> exclude;
  private final List<Glob> includeGlobs;
  private final List<Glob> excludeGlobs;

  /**
   * A selection.
   *
   * @param include patterns of the files to read; empty for all
   * @param exclude patterns of the files not to read
   */
  public FileSelection(List<String> include, List<String> exclude) {
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
    this.includeGlobs = globs(this.include);
    this.excludeGlobs = globs(this.exclude);
  }

  /** The include patterns, as written. */
  public List<String> include() {
    return include;
  }

  /** The exclude patterns, as written. */
  public List<String> exclude() {
    return exclude;
  }

  /** True when this selection reads every file. */
  public boolean isAll() {
    return includeGlobs.isEmpty() && excludeGlobs.isEmpty();
  }

  /** This selection, then {@code more}'s patterns after this one's (so they decide over them). */
  public FileSelection and(FileSelection more) {
    List<String> includes = new ArrayList<>(include);
    includes.addAll(more.include);
    List<String> excludes = new ArrayList<>(exclude);
    excludes.addAll(more.exclude);
    return new FileSelection(includes, excludes);
  }

  /** True when the file at {@code path} (relative, {@code /} separators) is read. */
  public boolean selects(String path) {
    return (includeGlobs.isEmpty() || matches(includeGlobs, path)) && !matches(excludeGlobs, path);
  }

  /** True when the directory at {@code path} is excluded, so nothing under it is read. */
  boolean excludesDirectory(String path) {
    return matches(excludeGlobs, path + "/");
  }

  /**
   * True when {@code patterns} match {@code path}: one of its directories, or itself. A path ending
   * with {@code /} is a directory.
   */
  private static boolean matches(List<Glob> patterns, String path) {
    boolean directory = path.endsWith("/");
    String target = directory ? path.substring(0, path.length() - 1) : path;
    for (int slash = target.indexOf('/'); slash > 0; slash = target.indexOf('/', slash + 1)) {
      if (last(patterns, target.substring(0, slash), true).filter(g -> !g.negated()).isPresent()) {
        return true;
      }
    }
    return last(patterns, target, directory).filter(g -> !g.negated()).isPresent();
  }

  private static Optional<Glob> last(List<Glob> patterns, String path, boolean directory) {
    Glob found = null;
    for (Glob glob : patterns) {
      if (glob.matches(path, directory)) {
        found = glob;
      }
    }
    return Optional.ofNullable(found);
  }

  private static List<Glob> globs(List<String> patterns) {
    return patterns.stream().flatMap(p -> Glob.parse(p).stream()).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileSelection that && include.equals(that.include) && exclude.equals(that.exclude);
  }

  @Override
  public int hashCode() {
    return 31 * include.hashCode() + exclude.hashCode();
  }

  @Override
  public String toString() {
    return "FileSelection[include=" + include + ", exclude=" + exclude + "]";
  }
}
