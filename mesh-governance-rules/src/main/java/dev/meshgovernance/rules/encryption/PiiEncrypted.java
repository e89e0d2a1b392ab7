package dev.meshgovernance.rules.encryption;

import dev.meshgovernance.api.Rule;
import dev.meshgovernance.api.RuleContext;
import dev.meshgovernance.api.RuleInfo;
import dev.meshgovernance.api.RuleOption;
import dev.meshgovernance.api.Severity;
import dev.meshgovernance.api.model.Field;
import dev.meshgovernance.rules.internal.Sensitivity;

/** {@code encryption.pii-encrypted}: a sensitive field declares how it is encrypted. */
public final class PiiEncrypted implements Rule<Field> {

  static final RuleOption<String> ENCRYPTED_TAG = RuleOption.string("encryptedTag", "encrypted",
      "A tag that declares the field encrypted.");

  private static final RuleInfo INFO = RuleInfo.builder("encryption.pii-encrypted", Field.class)
      .title("Sensitive fields declare encryption")
      .severity(Severity.ERROR)
      .description("A field that is sensitive (by classification, a tag such as `pii`, or the customProperty "
          + "`pii: true`) must declare encryption: an `encryptedName`, a customProperty `encryption` "
          + "(e.g. `aes-256`), or the tag `encrypted`.")
      .rationale("The council's security standard requires personal and confidential data to be encrypted; "
          + "declaring it in the contract makes that checkable and tells consumers what they receive.")
      .hint("Declare the encryption: set encryptedName, or add customProperties: [{property: encryption, value: aes-256}].")
      .option(Sensitivity.CLASSIFICATIONS)
      .option(Sensitivity.TAGS)
      .option(ENCRYPTED_TAG)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Field field, RuleContext context) {
    String because = Sensitivity.sensitiveBecause(field, context.option(Sensitivity.CLASSIFICATIONS), context.option(Sensitivity.TAGS));
    if (!because.isEmpty() && !Sensitivity.declaresEncryption(field, context.option(ENCRYPTED_TAG))) {
      context.report("not-encrypted",
          "field '" + field.name() + "' is sensitive (" + because + ") but declares no encryption");
    }
  }
}
