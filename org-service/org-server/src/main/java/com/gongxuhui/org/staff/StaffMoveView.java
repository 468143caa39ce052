package com.gongxuhui.org.staff;

import java.time.Instant;

public record StaffMoveView(long fromCentreId, long toCentreId, long movedBy, Instant movedAt) {

    static StaffMoveView of(StaffMove m) {
        return new StaffMoveView(m.getFromCentreId(), m.getToCentreId(), m.getMovedBy(), m.getMovedAt());
    }
}
