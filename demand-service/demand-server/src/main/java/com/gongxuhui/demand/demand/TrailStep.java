package com.gongxuhui.demand.demand;

import com.gongxuhui.common.event.Actor;

/** A trail entry a change of a {@link Demand} calls for, kept until the change is saved. */
record TrailStep(Actor actor, String action, Object before, Object after) {
}
