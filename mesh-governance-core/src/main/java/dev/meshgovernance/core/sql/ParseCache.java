package dev.meshgovernance.core.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The outcomes of parsing, by dialect and statement text: a bounded, least-recently-used map owned
 * by one {@link SqlAnalyzer}, so that re-checking the same statement parses it once. Outcomes are
 * shared between callers: their ASTs must be treated as read-only. Thread-safe; two threads missing
 * the same text at once may both parse it (the outcome is the same).
 */
final class ParseCache {

  /** Cache key. */
  private record Key(SqlDialect dialect, String text) {}

  private final int capacity;
  private final Map<Key, ParseOutcome> entries; // guarded by itself

  /** A cache of at most {@code capacity} outcomes; {@code 0} caches nothing. */
  ParseCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("cache size must not be negative, got " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, ParseOutcome> eldest) {
        return size() > ParseCache.this.capacity;
      }
    };
  }

  /**
   * The cached outcome for {@code text}, or {@code parse}'s, which is cached unless it is a timeout
   * (that depends on the load of the moment, not on the text).
   */
  ParseOutcome get(SqlDialect dialect, String text, Function<String, ParseOutcome> parse) {
    Key key = new Key(dialect, text);
    synchronized (entries) {
      ParseOutcome cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    ParseOutcome outcome = parse.apply(text);
    boolean timedOut = outcome instanceof ParseOutcome.Failed failed && failed.key().equals("timeout");
    if (capacity > 0 && !timedOut) {
      synchronized (entries) {
        entries.put(key, outcome);
      }
    }
    return outcome;
  }

  /** How many outcomes are held. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
