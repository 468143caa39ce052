package com.gongxuhui.score.tally;

/** Whose figures a view adds up: an institution's or a local centre's (rollups), or a broker's (running totals). */
public enum SubjectKind {
    INSTITUTION,
    CENTRE,
    STAFF
}
