package com.gongxuhui.demand.expertportal;

import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandStatus;
import com.gongxuhui.demand.demand.DemandType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A demand as an expert sees it in the mini-program: what is needed, not the institution's internal work (no
 * enterprise contacts, follow-ups or fee). The broker's contact appears on the detail once the demand was pushed
 * to him or he docked it.
 */
public record ExpertDemandView(long id, String title, String description, DemandType type, String fieldCode,
        String industry, BigDecimal budget, String cooperationMode, LocalDate deadline, String regionCode,
        DemandStatus status, Instant submittedAt, boolean pushed, DockingView docking, Broker broker) {

    /** 技转人员: whom the expert calls about the demand. */
    public record Broker(String name, String phone) {
    }

    static ExpertDemandView of(Demand d, boolean pushed, DockingView docking, Broker broker) {
        return new ExpertDemandView(d.getId(), d.getTitle(), d.getDescription(), d.getType(), d.getFieldCode(),
                d.getIndustry(), d.getBudget(), d.getCooperationMode(), d.getDeadline(), d.getRegionCode(),
                d.getStatus(), d.getSubmittedAt(), pushed, docking, broker);
    }
}
