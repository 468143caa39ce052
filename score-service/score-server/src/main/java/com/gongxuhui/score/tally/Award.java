package com.gongxuhui.score.tally;

import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.score.rule.RuleCode;

/** Points for a broker under a rule, at the place the event happened; the rule in force decides how many. */
public record Award(RuleCode rule, long staffId, OrgCoordinates place, Long demandId) {
}
