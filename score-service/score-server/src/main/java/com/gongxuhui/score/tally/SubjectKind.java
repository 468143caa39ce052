package com.gongxuhui.score.tally;

/** Whom a rollup row adds up for: an institution, a local centre or a broker. */
public enum SubjectKind {
    INSTITUTION,
    CENTRE,
    STAFF
}
