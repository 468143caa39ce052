package com.gongxuhui.score.rule;

import java.time.LocalDate;

/** One version of one rule: its id is what a ledger row keeps as the rule it was awarded under. */
public record ScoreRule(long id, String regionCode, LocalDate validFrom, RuleCode code, int points) {
}
