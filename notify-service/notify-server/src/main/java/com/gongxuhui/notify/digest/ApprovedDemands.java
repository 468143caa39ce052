package com.gongxuhui.notify.digest;

import com.gongxuhui.demand.api.DemandApproved;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Approved demands ({@code approved_demand}), kept for the daily digest; approval time = the event's time. */
@Service
public class ApprovedDemands {

    private final JdbcTemplate jdbc;

    public ApprovedDemands(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(DemandApproved event) {
        Timestamp approvedAt = Timestamp.from(event.occurredAt());
        jdbc.update("INSERT INTO approved_demand (demand_id, title, field_code, institution_id, approved_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE title = ?, field_code = ?, approved_at = ?",
                event.demandId(), event.title(), event.fieldCode(), event.coordinates().institutionId(), approvedAt,
                event.title(), event.fieldCode(), approvedAt);
    }
}
