package org.relapseguide.sms;

import java.util.UUID;

/** The in-memory ledger keeps the same promises as the DynamoDB one. */
class InMemoryTextLedgerTest extends TextLedgerContract {
    private final InMemoryTextLedger ledger = new InMemoryTextLedger();

    @Override
    TextLedger ledger() {
        return ledger;
    }

    @Override
    String caregiver() {
        return UUID.randomUUID().toString();
    }
}
