package com.gongxuhui.demand.publication;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandClaimed;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandMapper;
import com.gongxuhui.demand.demand.DemandView;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.trail.DemandTrail;
import com.gongxuhui.org.api.OrgDirectoryClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution claims (揭榜) a demand a municipal platform brought into the pool: the first claim wins
 * (the demand's version makes the update atomic), on a signed commitment to the fee ratio, which is the
 * institution's current minimum unless the administrator offers more. He handles it until he hands it to a
 * broker; the demand is docking from then on, like a reviewed one.
 */
@Service
public class PoolClaims {

    private final Demands demands;
    private final DemandMapper demandRows;
    private final DemandAccess access;
    private final OrgDirectoryClient org;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final Clock clock;

    public PoolClaims(Demands demands, DemandMapper demandRows, DemandAccess access, OrgDirectoryClient org,
            DemandTrail trail, OutboxPublisher events, Clock clock) {
        this.demands = demands;
        this.demandRows = demandRows;
        this.access = access;
        this.org = org;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DemandView claim(long demandId, boolean commitmentSigned, BigDecimal offeredFeeRatio, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.CLAIM);
        if (!commitmentSigned) {
            throw ProblemException.badRequest("COMMITMENT_REQUIRED");
        }
        BigDecimal minimum = org.institution(user.institutionId()).minFeeRatio();
        BigDecimal feeRatio = offeredFeeRatio == null ? minimum : offeredFeeRatio;
        if (feeRatio.compareTo(minimum) < 0) {
            throw ProblemException.badRequest("FEE_RATIO_BELOW_MINIMUM", feeRatio, minimum);
        }
        Instant now = clock.instant();
        String commitment = "本机构承诺：承接需求「" + demand.getTitle() + "」并在对接成功后按合同金额的 "
                + feeRatio.toPlainString() + "% 收取中介服务费。签署人：" + user.name();
        demand.apply(DemandAction.CLAIM);
        demand.setInstitutionId(user.institutionId());
        demand.setCentreId(user.centreId());
        demand.setRegionCode(user.regionCode());
        demand.setHandlerId(user.id());
        demand.setHandlerName(user.name());
        demand.setFeeRatio(feeRatio);
        demand.setClaimedAt(now);
        demand.setClaimCommitment(commitment);
        demand.setReviewedAt(now);
        demand.setUpdatedAt(now);
        if (demandRows.updateById(demand) == 0) {
            throw ProblemException.conflict("DEMAND_ALREADY_CLAIMED", demandId);
        }
        trail.append(demandId, user.actor(), "CLAIMED", Map.of("status", "IN_POOL"), Map.of("status",
                demand.getStatus(), "institutionId", user.institutionId(), "handlerId", user.id(), "feeRatio", feeRatio,
                "commitment", commitment));
        events.publish(new DemandClaimed(UUID.randomUUID(), now, user.actor(), Long.toString(demandId),
                demand.coordinates(), demandId, demand.getTitle(), demand.getFieldCode(), user.id(), feeRatio));
        return DemandView.of(demand);
    }
}
