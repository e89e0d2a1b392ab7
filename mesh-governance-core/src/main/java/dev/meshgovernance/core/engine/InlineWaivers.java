package dev.meshgovernance.core.engine;

import dev.meshgovernance.api.Violation;
import dev.meshgovernance.api.Waiver;
import dev.meshgovernance.api.model.Dataset;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.api.model.MetadataDocument;
import dev.meshgovernance.api.model.Subject;
import dev.meshgovernance.core.config.Waivers;
import dev.meshgovernance.core.internal.Diagnostics;
import dev.meshgovernance.core.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The waivers written next to what they waive: a {@code governanceWaivers} custom property on a
 * product, contract, dataset or field, covering that subject and everything below it. A malformed
 * one, or one naming an unknown rule, is a {@code config.waiver-invalid} violation at the element.
 */
final class InlineWaivers {

  private InlineWaivers() {}

  static List<Waiver> of(List<Subject> subjects, Set<String> ruleIds, List<Violation> problems) {
    List<Waiver> waivers = new ArrayList<>();
    for (Subject subject : subjects) {
      Object property = customProperties(subject).get(Waivers.PROPERTY);
      if (property == null) {
        continue;
      }
      List<String> messages = new ArrayList<>();
      for (Waiver waiver : Waivers.inline(property, subject.path(), subject.origin(), messages)) {
        if (ruleIds.contains(waiver.rule()) || Diagnostics.isLibraryRule(waiver.rule())) {
          waivers.add(waiver);
        } else {
          messages.add("waiver of unknown rule '" + waiver.rule() + "'" + Suggestions.didYouMean(waiver.rule(), ruleIds));
        }
      }
      messages.forEach(message -> problems.add(Diagnostics.error(Diagnostics.CONFIG_WAIVER_INVALID, "invalid",
          message, subject.path(), subject.origin())));
    }
    return waivers;
  }

  private static Map<String, Object> customProperties(Subject subject) {
    if (subject instanceof MetadataDocument document) {
      return document.customProperties();
    }
    if (subject instanceof Dataset dataset) {
      return dataset.customProperties();
    }
    return subject instanceof Field field ? field.customProperties() : Map.of();
  }
}
