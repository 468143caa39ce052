package com.gongxuhui.demand.open;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandMapper;
import com.gongxuhui.demand.demand.DemandRepository;
import com.gongxuhui.demand.demand.PoolSubmission;
import com.gongxuhui.demand.field.TechnicalFields;
import java.time.Clock;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demands municipal platforms bring in for their enterprises. They wait in the pool (需求大厅) in the
 * platform's region until an institution claims them (揭榜); the platform follows them by status.
 */
@Service
public class OpenDemands {

    private final DemandMapper demands;
    private final DemandRepository repository;
    private final TechnicalFields fields;
    private final Clock clock;
    private final ForeignObjects foreignObjects;

    public OpenDemands(DemandMapper demands, DemandRepository repository, TechnicalFields fields, Clock clock,
            ForeignObjects foreignObjects) {
        this.demands = demands;
        this.repository = repository;
        this.fields = fields;
        this.clock = clock;
        this.foreignObjects = foreignObjects;
    }

    /** The submitted demand; {@code created} is false when the platform's id was already known (a retry). */
    public record Submission(OpenDemandStatus demand, boolean created) {
    }

    @Transactional
    public Submission submit(OpenDemandForm form, OpenClient client) {
        Demand known = findByExternalId(client, form.externalId());
        if (known != null) {
            return new Submission(OpenDemandStatus.of(known), false);
        }
        if (!fields.exists(form.fieldCode())) {
            throw ProblemException.badRequest("FIELD_UNKNOWN", form.fieldCode());
        }
        UnifiedSocialCreditCode.problem(form.enterprise().uscc(), true).ifPresent(kind -> {
            throw ProblemException.badRequest("USCC_INVALID", form.enterprise().uscc());
        });
        OpenDemandForm.Enterprise enterprise = form.enterprise();
        Demand demand = Demand.broughtIntoPool(new PoolSubmission(client.platformId(), client.regionCode(),
                form.externalId(), form.title(), form.description(), form.type(), form.fieldCode(), form.industry(),
                form.budget(), form.cooperationMode(), form.deadline(), enterprise.name(), enterprise.uscc(),
                enterprise.contactName(), enterprise.contactPhone()), clock.instant());
        try {
            repository.add(demand);
        } catch (DuplicateKeyException concurrentRetry) {
            return new Submission(OpenDemandStatus.of(findByExternalId(client, form.externalId())), false);
        }
        return new Submission(OpenDemandStatus.of(demand), true);
    }

    /** A demand the platform submitted; anyone else's answers 404, so ids reveal nothing. */
    public OpenDemandStatus status(long id, OpenClient client) {
        // a platform has no account: the request line and the client address tell the operator which one it was
        Demand demand = foreignObjects.requireInScope(null, demands.selectById(id),
                found -> Objects.equals(found.getOpenPlatform(), client.platformId()), "demand", id, "DEMAND_NOT_FOUND");
        return OpenDemandStatus.of(demand);
    }

    public OpenDemandStatus statusByExternalId(String externalId, OpenClient client) {
        Demand demand = findByExternalId(client, externalId);
        if (demand == null) {
            throw ProblemException.notFound("DEMAND_NOT_FOUND", externalId);
        }
        return OpenDemandStatus.of(demand);
    }

    private Demand findByExternalId(OpenClient client, String externalId) {
        return demands.selectOne(Wrappers.<Demand>lambdaQuery().eq(Demand::getOpenPlatform, client.platformId())
                .eq(Demand::getExternalId, externalId));
    }
}
