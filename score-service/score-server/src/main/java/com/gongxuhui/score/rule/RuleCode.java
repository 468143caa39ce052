package com.gongxuhui.score.rule;

/** The events that earn points (domain.md, Contribution points); each rule set gives every one its points. */
public enum RuleCode {
    /** A submitted demand passes review (提交需求): to its submitter. */
    DEMAND_APPROVED,
    /** A demand pushed to an expert (推送专家), once per demand-expert pair: to the pusher. */
    DEMAND_PUSHED_TO_EXPERT,
    /** A cooperation project registered (成功促成合作): to the broker handling the demand. */
    DEMAND_COMPLETED
}
