package dev.meshgovernance.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one definition of a violation's stable identity, shared by {@link Violation#fingerprint()} and
 * {@link Baseline.Entry#fingerprint()} so that a baseline entry and the violation it records always
 * agree: 16 hex digits of the SHA-256 of rule id, subject path and message key, joined by newlines.
 * Baselines written by earlier versions depend on it, so it never changes.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(String ruleId, String subject, String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest((ruleId + '\n' + subject + '\n' + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
