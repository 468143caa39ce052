package com.gongxuhui.score.tally;

import com.gongxuhui.common.event.OrgCoordinates;

/** One counted fact of an event: {@code delta} of a measure, where it happened and, if any, the broker credited. */
public record Count(Measure measure, int delta, Long staffId, OrgCoordinates place) {

    public Count {
        if (measure == Measure.POINTS) {
            throw new IllegalArgumentException("Points are awarded by rules, not counted");
        }
    }
}
