package dev.meshgovernance.rules.encryption;

import dev.meshgovernance.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiEncryptedTest {

  @Test
  void sensitiveFieldsMustDeclareEncryption() {
    RuleCases.tester(new PiiEncrypted()).file("orders.odcs.yaml", RuleCases.contract("""
          - name: order_id
            logicalType: string
            classification: public
          - name: customer_email # expect: not-encrypted
            logicalType: string
            classification: PII
          - name: phone # expect: not-encrypted
            logicalType: string
            tags: [contact, pii]
          - name: birth_date # expect: not-encrypted
            logicalType: date
            customProperties:
              - property: pii
                value: true
          - name: iban
            logicalType: string
            classification: restricted
            encryptedName: iban_encrypted
          - name: card_number
            logicalType: string
            classification: confidential
            customProperties:
              - property: encryption
                value: aes-256
          - name: address
            logicalType: string
            classification: personal
            tags: [encrypted]
        """)).check();
  }

  @Test
  void whichClassificationsAreSensitiveIsConfigurable() {
    RuleCases.tester(new PiiEncrypted())
        .option("sensitiveClassifications", List.of("gdpr"))
        .file("orders.odcs.yaml", RuleCases.contract("""
          - name: customer_email
            logicalType: string
            classification: pii
          - name: customer_name # expect: not-encrypted
            logicalType: string
            classification: gdpr
        """)).check();
  }
}
