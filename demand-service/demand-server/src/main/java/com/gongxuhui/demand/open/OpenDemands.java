package com.gongxuhui.demand.open;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandEnteredPool;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandMapper;
import com.gongxuhui.demand.demand.DemandSource;
import com.gongxuhui.demand.demand.DemandStatus;
import com.gongxuhui.demand.demand.DemandView;
import com.gongxuhui.demand.field.TechnicalFields;
import com.gongxuhui.demand.trail.DemandTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
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
    private final TechnicalFields fields;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final Clock clock;
    private final ForeignObjects foreignObjects;

    public OpenDemands(DemandMapper demands, TechnicalFields fields, DemandTrail trail, OutboxPublisher events,
            Clock clock, ForeignObjects foreignObjects) {
        this.demands = demands;
        this.fields = fields;
        this.trail = trail;
        this.events = events;
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
        Instant now = clock.instant();
        Demand demand = new Demand();
        demand.setTitle(form.title());
        demand.setDescription(form.description());
        demand.setType(form.type());
        demand.setFieldCode(form.fieldCode());
        demand.setIndustry(form.industry());
        demand.setBudget(form.budget());
        demand.setCooperationMode(form.cooperationMode());
        demand.setDeadline(form.deadline());
        // set by the claiming institution, at least its minimum
        demand.setFeeRatio(BigDecimal.ZERO.setScale(2));
        demand.setSource(DemandSource.OPEN_API);
        demand.setStatus(DemandStatus.IN_POOL);
        demand.setSubmitterName(client.platformId());
        demand.setRegionCode(client.regionCode());
        demand.setOpenPlatform(client.platformId());
        demand.setExternalId(form.externalId());
        demand.setEnterpriseName(form.enterprise().name());
        demand.setEnterpriseUscc(form.enterprise().uscc());
        demand.setContactName(form.enterprise().contactName());
        demand.setContactPhone(form.enterprise().contactPhone());
        demand.setSubmittedAt(now);
        demand.setUpdatedAt(now);
        try {
            demands.insert(demand);
        } catch (DuplicateKeyException concurrentRetry) {
            return new Submission(OpenDemandStatus.of(findByExternalId(client, form.externalId())), false);
        }
        Actor platform = new Actor(null, client.platformId());
        trail.append(demand.getId(), platform, "SUBMITTED_BY_PLATFORM", null, DemandView.of(demand));
        events.publish(new DemandEnteredPool(UUID.randomUUID(), now, platform, demand.getId().toString(),
                new OrgCoordinates(null, null, client.regionCode()), demand.getId(), demand.getTitle(),
                demand.getFieldCode(), DemandSource.OPEN_API.name(), client.platformId()));
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
