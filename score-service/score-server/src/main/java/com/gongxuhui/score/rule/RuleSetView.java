package com.gongxuhui.score.rule;

import java.time.LocalDate;
import java.util.List;

/** A region's rule set from a day on, with the id of each rule version. */
public record RuleSetView(String regionCode, String regionName, LocalDate validFrom, List<RuleView> rules) {

    public record RuleView(long id, RuleCode code, int points) {
    }
}
