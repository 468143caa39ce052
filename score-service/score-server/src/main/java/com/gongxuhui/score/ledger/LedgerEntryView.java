package com.gongxuhui.score.ledger;

import com.gongxuhui.score.rule.RuleCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One point award with its reason (the rule, in the caller's language, and the rule version used) and its source
 * (the event, and the demand it concerns).
 */
public record LedgerEntryView(long id, long staffId, int points, RuleCode rule, long ruleId, String reason,
        String sourceEventType, String sourceEventId, Long demandId, Long institutionId, Long centreId,
        String regionCode, Instant occurredAt, LocalDate occurredOn) {
}
