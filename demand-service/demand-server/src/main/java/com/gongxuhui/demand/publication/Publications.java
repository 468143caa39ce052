package com.gongxuhui.demand.publication;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandPublished;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandRepository;
import com.gongxuhui.demand.demand.DemandView;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.trail.DemandTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a demand its institution cannot solve to other institutions, and their acceptance: the first
 * institution to accept gets the demand (atomically), on a signed commitment to pay the published fee ratio;
 * its administrator handles it until he hands it to a broker.
 */
@Service
public class Publications {

    private final PublicationMapper publications;
    private final DemandRepository repository;
    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final Clock clock;

    public Publications(PublicationMapper publications, DemandRepository repository, Demands demands,
            DemandAccess access, DemandTrail trail, OutboxPublisher events, Clock clock) {
        this.publications = publications;
        this.repository = repository;
        this.demands = demands;
        this.access = access;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PublicationView publish(long demandId, PublicationRequest request, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.PUBLISH);
        if (publications.findOpen(demandId) != null) {
            throw ProblemException.conflict("DEMAND_ALREADY_OPEN", demandId);
        }
        List<Long> targets = request.scope() == PublicationScope.ALL || request.institutionIds() == null
                ? List.of() : request.institutionIds().stream().distinct().toList();
        if (request.scope() == PublicationScope.DESIGNATED
                && (targets.isEmpty() || targets.contains(demand.getInstitutionId()))) {
            throw ProblemException.badRequest("PUBLICATION_TARGETS_INVALID");
        }
        Instant now = clock.instant();
        Publication publication = new Publication();
        publication.setDemandId(demandId);
        publication.setScope(request.scope());
        publication.setFeeRatio(request.feeRatePercent());
        publication.setStatus(PublicationStatus.OPEN);
        publication.setFromInstitutionId(demand.getInstitutionId());
        publication.setPublishedBy(user.id());
        publication.setPublishedAt(now);
        publications.insert(publication);
        targets.forEach(institution -> publications.addTarget(publication.getId(), institution));
        trail.append(demandId, user.actor(), "PUBLISHED", null, Map.of("scope", request.scope(),
                "institutionIds", targets, "feeRatio", request.feeRatePercent()));
        events.publish(new DemandPublished(UUID.randomUUID(), now, user.actor(), Long.toString(demandId),
                demand.coordinates(), demandId, request.scope().name(), targets, request.feeRatePercent()));
        return PublicationView.of(publication);
    }

    /** The accepting administrator signs the commitment; the demand moves to his institution with him handling it. */
    @Transactional
    public PublicationView accept(long demandId, boolean commitmentSigned, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.ACCEPT);
        if (!commitmentSigned) {
            throw ProblemException.badRequest("COMMITMENT_REQUIRED");
        }
        Publication publication = publications.findOpen(demandId);
        Instant now = clock.instant();
        String commitment = "本机构承诺：受理需求「" + demand.getTitle() + "」并在对接成功后按合同金额的 "
                + publication.getFeeRatio().toPlainString() + "% 支付中介服务费。签署人：" + user.name();
        if (publications.lock(publication.getId()).getStatus() != PublicationStatus.OPEN) {
            throw ProblemException.conflict("DEMAND_ALREADY_ACCEPTED", demandId);
        }
        publications.accept(publication.getId(), user.institutionId(), user.id(), user.name(), now, commitment);
        demand.accept(publication.getFeeRatio(), commitment, user, now);
        repository.save(demand);
        return PublicationView.of(publications.selectById(publication.getId()));
    }

    public PageView<DemandView> pool(CurrentUser user, PageQuery page) {
        if (user.institutionId() == null) {
            return new PageView<>(List.of(), 0, page.pageOrDefault(), page.sizeOrDefault());
        }
        return PageView.of(publications.pool(page.toPage(), user.institutionId()), DemandView::of);
    }
}
