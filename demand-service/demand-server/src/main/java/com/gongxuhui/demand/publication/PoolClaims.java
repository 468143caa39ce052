package com.gongxuhui.demand.publication;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandRepository;
import com.gongxuhui.demand.demand.DemandView;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.org.api.OrgDirectoryClient;
import java.math.BigDecimal;
import java.time.Clock;
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
    private final DemandRepository repository;
    private final DemandAccess access;
    private final OrgDirectoryClient org;
    private final Clock clock;

    public PoolClaims(Demands demands, DemandRepository repository, DemandAccess access, OrgDirectoryClient org,
            Clock clock) {
        this.demands = demands;
        this.repository = repository;
        this.access = access;
        this.org = org;
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
        String commitment = "本机构承诺：承接需求「" + demand.getTitle() + "」并在对接成功后按合同金额的 "
                + feeRatio.toPlainString() + "% 收取中介服务费。签署人：" + user.name();
        demand.claim(feeRatio, commitment, user, clock.instant());
        repository.save(demand, () -> ProblemException.conflict("DEMAND_ALREADY_CLAIMED", demandId));
        return DemandView.of(demand);
    }
}
