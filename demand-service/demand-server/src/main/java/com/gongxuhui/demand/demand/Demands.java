package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandClosed;
import com.gongxuhui.demand.api.DemandReassigned;
import com.gongxuhui.demand.api.DemandRejected;
import com.gongxuhui.demand.api.DemandSubmitted;
import com.gongxuhui.demand.api.EnterpriseEngaged;
import com.gongxuhui.demand.field.TechnicalFields;
import com.gongxuhui.demand.trail.DemandTrail;
import com.gongxuhui.enterprise.api.EnterpriseDirectoryClient;
import com.gongxuhui.enterprise.api.EnterpriseSummary;
import com.gongxuhui.org.api.OrgDirectoryClient;
import com.gongxuhui.org.api.StaffSummary;
import feign.FeignException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, reviewing, editing, reassigning and closing demands; every step leaves a trail entry and an event. */
@Service
public class Demands {

    private final DemandMapper demands;
    private final DemandAccess access;
    private final TechnicalFields fields;
    private final OrgDirectoryClient org;
    private final EnterpriseDirectoryClient enterprises;
    private final DemandTrail trail;
    private final DemandListTotals totals;
    private final OutboxPublisher events;
    private final Clock clock;

    public Demands(DemandMapper demands, DemandAccess access, TechnicalFields fields, OrgDirectoryClient org,
            EnterpriseDirectoryClient enterprises, DemandTrail trail, DemandListTotals totals, OutboxPublisher events,
            Clock clock) {
        this.totals = totals;
        this.enterprises = enterprises;
        this.demands = demands;
        this.access = access;
        this.fields = fields;
        this.org = org;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /** A broker's new demand, stamped with his institution, centre and region, waiting for review. */
    @Transactional
    public DemandView submit(DemandForm form, CurrentUser user) {
        if (user.institutionId() == null || user.centreId() == null || user.regionCode() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        requireValid(form, user.institutionId(), null);
        Instant now = clock.instant();
        Demand demand = new Demand();
        fill(demand, form);
        demand.setSource(DemandSource.STAFF);
        demand.setStatus(DemandStatus.PENDING_REVIEW);
        demand.setSubmitterId(user.id());
        demand.setSubmitterName(user.name());
        demand.setInstitutionId(user.institutionId());
        demand.setCentreId(user.centreId());
        demand.setRegionCode(user.regionCode());
        demand.setHandlerId(user.id());
        demand.setHandlerName(user.name());
        demand.setSubmittedAt(now);
        demand.setUpdatedAt(now);
        demands.insert(demand);
        trail.append(demand.getId(), user.actor(), "SUBMITTED", null, DemandView.of(demand));
        events.publish(new DemandSubmitted(UUID.randomUUID(), now, user.actor(), demand.getId().toString(),
                demand.coordinates(), demand.getId(), demand.getTitle(), demand.getFieldCode(),
                demand.getSource().name(), user.id()));
        return DemandView.of(demand);
    }

    @Transactional
    public DemandView review(long id, boolean approved, String reason, CurrentUser user) {
        Demand demand = find(id);
        DemandAction action = approved ? DemandAction.APPROVE : DemandAction.REJECT;
        access.require(user, demand, action);
        if (!approved && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("REJECT_REASON_REQUIRED");
        }
        DemandStatus before = demand.getStatus();
        Instant now = clock.instant();
        demand.apply(action);
        demand.setRejectReason(approved ? null : reason);
        demand.setReviewedAt(now);
        save(demand);
        trail.append(id, user.actor(), approved ? "APPROVED" : "REJECTED", Map.of("status", before),
                approved ? Map.of("status", demand.getStatus()) : Map.of("status", demand.getStatus(), "reason", reason));
        events.publish(approved
                ? new DemandApproved(UUID.randomUUID(), now, user.actor(), demand.getId().toString(),
                        demand.coordinates(), id, demand.getSubmitterId(), demand.getHandlerId(), demand.getTitle(),
                        demand.getFieldCode())
                : new DemandRejected(UUID.randomUUID(), now, user.actor(), demand.getId().toString(),
                        demand.coordinates(), id, demand.getSubmitterId(), reason));
        return DemandView.of(demand);
    }

    /**
     * The submitter corrects a rejected demand; the handler or the institution's administrator keeps a docking demand
     * up to date as its follow-ups teach more (manual 五.3). The trail keeps each field whose value really changed,
     * before and after; an edit that changes nothing leaves the demand and its trail as they were.
     */
    @Transactional
    public DemandView edit(long id, DemandForm form, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.EDIT);
        requireValid(form, demand.getInstitutionId(), demand.getEnterpriseId());
        Map<String, Object> before = editable(demand);
        Demand proposed = new Demand();
        fill(proposed, form);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        editable(proposed).forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changedBefore.put(field, before.get(field));
                changedAfter.put(field, value);
            }
        });
        if (changedAfter.isEmpty()) {
            return DemandView.of(demand);
        }
        fill(demand, form);
        save(demand);
        trail.append(id, user.actor(), "EDITED", changedBefore, changedAfter);
        return DemandView.of(demand);
    }

    @Transactional
    public DemandView resubmit(long id, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.RESUBMIT);
        demand.apply(DemandAction.RESUBMIT);
        demand.setRejectReason(null);
        demand.setSubmittedAt(clock.instant());
        save(demand);
        trail.append(id, user.actor(), "RESUBMITTED", Map.of("status", DemandStatus.REJECTED),
                Map.of("status", demand.getStatus()));
        events.publish(new DemandSubmitted(UUID.randomUUID(), demand.getSubmittedAt(), user.actor(),
                demand.getId().toString(), demand.coordinates(), id, demand.getTitle(), demand.getFieldCode(),
                demand.getSource().name(), demand.getSubmitterId()));
        return DemandView.of(demand);
    }

    /**
     * Hands the demand to another broker of the same institution (a centre administrator: of his centre). The
     * broker's organisational place is asked from org-service at this moment.
     */
    @Transactional
    public DemandView reassign(long id, long handlerId, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.REASSIGN);
        StaffSummary next = staff(handlerId);
        boolean sameInstitution = Objects.equals(next.institutionId(), demand.getInstitutionId());
        boolean inCentreIfCentreAdmin = access.isInstitutionAdmin(user, demand)
                || Objects.equals(next.centreId(), demand.getCentreId());
        if (!sameInstitution || !inCentreIfCentreAdmin || !next.enabled() || !next.roles().contains("STAFF")) {
            throw ProblemException.badRequest("HANDLER_NOT_ELIGIBLE", handlerId);
        }
        long from = demand.getHandlerId();
        if (from == handlerId) {
            throw ProblemException.badRequest("HANDLER_UNCHANGED", handlerId);
        }
        Map<String, Object> before = Map.of("handlerId", from, "handlerName", demand.getHandlerName());
        demand.apply(DemandAction.REASSIGN);
        demand.setHandlerId(handlerId);
        demand.setHandlerName(next.name());
        demand.setCentreId(next.centreId());
        demand.setRegionCode(next.regionCode());
        save(demand);
        trail.append(id, user.actor(), "REASSIGNED", before, Map.of("handlerId", handlerId, "handlerName", next.name()));
        events.publish(new DemandReassigned(UUID.randomUUID(), clock.instant(), user.actor(), demand.getId().toString(),
                demand.coordinates(), id, from, handlerId));
        return DemandView.of(demand);
    }

    @Transactional
    public DemandView close(long id, String reason, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.CLOSE);
        Instant now = clock.instant();
        demand.apply(DemandAction.CLOSE);
        demand.setCloseReason(reason);
        demand.setClosedAt(now);
        save(demand);
        trail.append(id, user.actor(), "CLOSED", Map.of("status", DemandStatus.DOCKING),
                Map.of("status", demand.getStatus(), "reason", reason));
        events.publish(new DemandClosed(UUID.randomUUID(), now, user.actor(), demand.getId().toString(),
                demand.coordinates(), id, demand.getHandlerId(), reason));
        return DemandView.of(demand);
    }

    public DemandView get(long id, CurrentUser user) {
        Demand demand = find(id);
        access.requireVisible(user, demand);
        return DemandView.of(demand);
    }

    /**
     * A page of the caller's demands; the total comes from {@link DemandListTotals}, not a count per request. With
     * {@code after}, the page that follows that demand (one the caller sees) in the list's order.
     */
    public PageView<DemandView> search(DemandSearch search, PageQuery page, CurrentUser user) {
        LambdaQueryWrapper<Demand> query = access.restrict(user, Wrappers.<Demand>lambdaQuery()
                .eq(search.status() != null, Demand::getStatus, search.status())
                .eq(search.field() != null, Demand::getFieldCode, search.field())
                .and(search.keyword() != null, q -> q.like(Demand::getTitle, search.keyword())
                        .or().like(Demand::getIndustry, search.keyword()))
                .and(Boolean.TRUE.equals(search.mine()), q -> q.eq(Demand::getSubmitterId, user.id())
                        .or().eq(Demand::getHandlerId, user.id())));
        long total = totals.total(query, () -> demands.selectCount(query));
        DemandOrder order = DemandOrder.of(search.sort());
        Page<Demand> rows = page.toPage();
        if (search.after() != null) {
            order.startAfter(query, lastOfPreviousPage(search.after(), user));
            rows = Page.of(1, page.sizeOrDefault());
        }
        order.applyTo(query);
        rows.setSearchCount(false);
        if (order.isBySubmission() && access.scopeSpansColumns(user) && cheaperInSubmissionOrder(rows, total)) {
            demands.selectPageInSubmissionOrder(rows, query);
        } else {
            demands.selectPage(rows, query);
        }
        rows.setTotal(total);
        return PageView.of(rows, DemandView::of);
    }

    /**
     * A scope that is an OR over columns (a centre administrator's: his centre's, or handled or submitted by him) has
     * no index that gives its demands in order, so MariaDB merges three indexes and sorts all the scope's demands for
     * a page of 20 (12 500 of them for a large centre). Reading all demands in submission order and skipping the
     * others costs about (rows up to the page's end) × all ÷ the scope's rows: the cheaper plan whenever the scope is
     * a good share of all demands, the worse one for a broker with a handful.
     */
    private boolean cheaperInSubmissionOrder(Page<Demand> rows, long total) {
        long all = totals.total(Wrappers.lambdaQuery(), () -> demands.selectCount(null));
        double readInOrder = (double) (rows.offset() + rows.getSize()) * all / Math.max(total, 1);
        return readInOrder < total;
    }

    private Demand lastOfPreviousPage(long id, CurrentUser user) {
        Demand last = demands.selectById(id);
        if (last == null || !access.canSee(user, last)) {
            throw ProblemException.badRequest("DEMAND_LIST_AFTER_UNKNOWN", id);
        }
        return last;
    }

    /**
     * The caller's institution accepted the demand from {@code fromInstitutionId}: it works with the demand's
     * enterprise from now on, if it names one and enterprise-service's rule (the handing-over institution works
     * with it) agrees. Submitting and editing need no such event: the enterprise must already be the institution's.
     */
    public void engage(Demand demand, long fromInstitutionId, CurrentUser user) {
        if (demand.getEnterpriseId() != null) {
            events.publish(new EnterpriseEngaged(UUID.randomUUID(), clock.instant(), user.actor(),
                    demand.getId().toString(), demand.coordinates(), demand.getId(), demand.getEnterpriseId(),
                    demand.getInstitutionId(), fromInstitutionId));
        }
    }

    /** The demand, whoever asks; visibility is the caller's next check. */
    public Demand find(long id) {
        Demand demand = demands.selectById(id);
        if (demand == null) {
            throw ProblemException.notFound("DEMAND_NOT_FOUND", id);
        }
        return demand;
    }

    /**
     * The form's field exists, its enterprise is one the caller may name and its fee ratio meets the institution's
     * minimum. The enterprise is checked only when it is new to the demand: one accepted from another institution names
     * an enterprise that the accepting broker may not look up, and keeps it.
     */
    private void requireValid(DemandForm form, long institutionId, Long currentEnterpriseId) {
        if (!fields.exists(form.fieldCode())) {
            throw ProblemException.badRequest("FIELD_UNKNOWN", form.fieldCode());
        }
        if (form.enterpriseId() != null && !form.enterpriseId().equals(currentEnterpriseId)) {
            enterprise(form.enterpriseId()).orElseThrow(
                    () -> ProblemException.badRequest("ENTERPRISE_NOT_FOUND", form.enterpriseId()));
        }
        BigDecimal minimum = org.institution(institutionId).minFeeRatio();
        if (form.feeRatio().compareTo(minimum) < 0) {
            throw ProblemException.badRequest("FEE_RATIO_BELOW_MINIMUM", form.feeRatio(), minimum);
        }
    }

    /**
     * The enterprise a demand names, asked of enterprise-service now with the caller's token: empty when it does not
     * exist or the caller may not see it (another institution's record, which enterprise-service alone decides and
     * records as a security event).
     */
    private Optional<EnterpriseSummary> enterprise(long enterpriseId) {
        try {
            return Optional.of(enterprises.enterprise(enterpriseId));
        } catch (FeignException.NotFound unknownOrNotTheCallers) {
            return Optional.empty();
        }
    }

    /**
     * The enterprise's card for a demand's detail: shown only to those enterprise-service shows it to (not to an
     * institution the demand is merely open to), who are not refused anything by not seeing it.
     */
    public Optional<EnterpriseSummary> enterpriseCard(long enterpriseId) {
        return enterprises.visible(List.of(enterpriseId)).stream().findFirst();
    }

    private StaffSummary staff(long accountId) {
        try {
            return org.staff(accountId);
        } catch (FeignException.NotFound unknown) {
            throw ProblemException.badRequest("HANDLER_NOT_ELIGIBLE", accountId);
        }
    }

    private void save(Demand demand) {
        demand.setUpdatedAt(clock.instant());
        if (demands.updateById(demand) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
    }

    private static void fill(Demand demand, DemandForm form) {
        demand.setTitle(form.title());
        demand.setDescription(form.description());
        demand.setType(form.type());
        demand.setFieldCode(form.fieldCode());
        demand.setIndustry(form.industry());
        demand.setEnterpriseId(form.enterpriseId());
        demand.setBudget(form.budget());
        demand.setCooperationMode(form.cooperationMode());
        demand.setDeadline(form.deadline());
        demand.setFeeRatio(form.feeRatio());
    }

    private static Map<String, Object> editable(Demand d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", d.getTitle());
        fields.put("description", d.getDescription());
        fields.put("type", d.getType());
        fields.put("fieldCode", d.getFieldCode());
        fields.put("industry", d.getIndustry());
        fields.put("enterpriseId", d.getEnterpriseId());
        fields.put("budget", money(d.getBudget()));
        fields.put("cooperationMode", d.getCooperationMode());
        fields.put("deadline", d.getDeadline());
        fields.put("feeRatio", money(d.getFeeRatio()));
        return fields;
    }

    /**
     * Yuan and percent as the trail keeps them: two decimals, as text. The row gives 500000.00 and a form may give
     * 500000, the same amount, which compared as numbers with their scale would look changed; and the trail's JSON,
     * read back, would turn a number into 500000.0.
     */
    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
