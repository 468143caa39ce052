package com.gongxuhui.score.tally;

import java.time.LocalDate;
import java.util.Comparator;

/** One rollup row: whose figures, for which stretch of time ({@code span} starting on {@code startsOn}), split by county. */
record RollupKey(SubjectKind kind, Span span, LocalDate startsOn, long subjectId, long institutionId, String countyCode,
        String cityCode) {

    /** Rows are written in this order, so that two transactions touching the same rows never wait on each other in a cycle. */
    static final Comparator<RollupKey> WRITE_ORDER = Comparator.comparing(RollupKey::kind)
            .thenComparing(RollupKey::span).thenComparing(RollupKey::startsOn).thenComparingLong(RollupKey::subjectId)
            .thenComparingLong(RollupKey::institutionId).thenComparing(RollupKey::countyCode);
}
