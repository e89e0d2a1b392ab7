package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.core.read.FileSelection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The digest of an engine's effective configuration (see {@link GovernanceEngine#configurationHash()}). */
final class ConfigurationHash {

  private ConfigurationHash() {}

  static String of(EffectiveSettings settings, DiagnosticSeverities findings, List<Waiver> waivers,
      Set<String> unwaivable, FileSelection files) {
    StringBuilder text = new StringBuilder(settings.canonical()).append(findings.canonical());
    // what is read is part of what is judged; the patterns in order, since the last match decides
    files.include().forEach(p -> text.append("include ").append(p).append('\n'));
    files.exclude().forEach(p -> text.append("exclude ").append(p).append('\n'));
    new TreeSet<>(unwaivable).forEach(id -> text.append("unwaivable ").append(id).append('\n'));
    waivers.stream()
        .map(w -> String.join("\u001f", "waiver", w.rule(), w.subject(), w.expires().toString(), w.owner(),
            w.reason(), w.ticket()))
        .sorted()
        .forEach(line -> text.append(line).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
