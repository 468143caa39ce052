package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.field.TechnicalFields;
import com.gongxuhui.enterprise.api.EnterpriseDirectoryClient;
import com.gongxuhui.enterprise.api.EnterpriseSummary;
import com.gongxuhui.org.api.OrgDirectoryClient;
import com.gongxuhui.org.api.StaffSummary;
import feign.FeignException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting, reviewing, editing, reassigning and closing demands: the checks that need the caller or other services;
 * the {@link Demand} changes itself and records its trail entries and events.
 */
@Service
public class Demands {

    private final DemandMapper demands;
    private final DemandRepository repository;
    private final DemandAccess access;
    private final TechnicalFields fields;
    private final OrgDirectoryClient org;
    private final EnterpriseDirectoryClient enterprises;
    private final DemandListTotals totals;
    private final Clock clock;

    public Demands(DemandMapper demands, DemandRepository repository, DemandAccess access, TechnicalFields fields,
            OrgDirectoryClient org, EnterpriseDirectoryClient enterprises, DemandListTotals totals, Clock clock) {
        this.totals = totals;
        this.enterprises = enterprises;
        this.demands = demands;
        this.repository = repository;
        this.access = access;
        this.fields = fields;
        this.org = org;
        this.clock = clock;
    }

    /** A broker's new demand, stamped with his institution, centre and region, waiting for review. */
    @Transactional
    public DemandView submit(DemandForm form, CurrentUser user) {
        if (user.institutionId() == null || user.centreId() == null || user.regionCode() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        requireValid(form, user.institutionId(), null);
        Demand demand = Demand.submittedBy(user, form, clock.instant());
        repository.add(demand);
        return DemandView.of(demand);
    }

    @Transactional
    public DemandView review(long id, boolean approved, String reason, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, approved ? DemandAction.APPROVE : DemandAction.REJECT);
        if (approved) {
            demand.approve(user.actor(), clock.instant());
        } else {
            demand.reject(reason, user.actor(), clock.instant());
        }
        repository.save(demand);
        return DemandView.of(demand);
    }

    /**
     * The submitter corrects a rejected demand; the handler or the institution's administrator keeps a docking demand
     * up to date as its follow-ups teach more (manual 五.3). An edit that changes nothing leaves the demand and its
     * trail as they were.
     */
    @Transactional
    public DemandView edit(long id, DemandForm form, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.EDIT);
        requireValid(form, demand.getInstitutionId(), demand.getEnterpriseId());
        if (demand.edit(form, user.actor(), clock.instant())) {
            repository.save(demand);
        }
        return DemandView.of(demand);
    }

    @Transactional
    public DemandView resubmit(long id, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.RESUBMIT);
        demand.resubmit(user.actor(), clock.instant());
        repository.save(demand);
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
        demand.reassign(next, user.actor(), clock.instant());
        repository.save(demand);
        return DemandView.of(demand);
    }

    @Transactional
    public DemandView close(long id, String reason, CurrentUser user) {
        Demand demand = find(id);
        access.require(user, demand, DemandAction.CLOSE);
        demand.close(reason, user.actor(), clock.instant());
        repository.save(demand);
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
}
