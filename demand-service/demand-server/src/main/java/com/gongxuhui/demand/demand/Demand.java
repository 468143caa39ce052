package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.baomidou.mybatisplus.annotation.TableField;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandAccepted;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandClaimed;
import com.gongxuhui.demand.api.DemandClosed;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandEnteredPool;
import com.gongxuhui.demand.api.DemandReassigned;
import com.gongxuhui.demand.api.DemandRejected;
import com.gongxuhui.demand.api.DemandSubmitted;
import com.gongxuhui.demand.api.EnterpriseEngaged;
import com.gongxuhui.org.api.StaffSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An enterprise's need (需求) as an institution works it: who submitted it, which institution, centre and broker
 * handle it now, and where it is in its lifecycle ({@link DemandStateMachine}). It changes only through its own
 * steps, each of which checks the state machine and records the trail entries and events it causes, so that no
 * service can move it without leaving them; {@link DemandRepository} stores all three together.
 */
@TableName("demand")
public class Demand {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String title;
    private String description;
    private DemandType type;
    private String fieldCode;
    private String industry;
    private Long enterpriseId;
    private BigDecimal budget;
    private String cooperationMode;
    private LocalDate deadline;
    private BigDecimal feeRatio;
    private DemandSource source;
    private DemandStatus status;
    private String rejectReason;
    private String closeReason;
    private Long submitterId;
    private String submitterName;
    private Long institutionId;
    private Long centreId;
    private String regionCode;
    private Long handlerId;
    private String handlerName;
    private Instant submittedAt;
    private Instant reviewedAt;
    private Instant closedAt;
    private Instant updatedAt;
    private String openPlatform;
    private String externalId;
    private String enterpriseName;
    private String enterpriseUscc;
    private String contactName;
    private String contactPhone;
    private Instant claimedAt;
    private String claimCommitment;
    @Version
    private Integer version;

    /**
     * What the changes since the last save must leave behind, in order: trail steps and integration events, which
     * {@link DemandRepository} appends and publishes once the row is written. Not columns.
     */
    @TableField(exist = false)
    private final List<TrailStep> recordedSteps = new ArrayList<>();
    @TableField(exist = false)
    private final List<IntegrationEvent> recordedEvents = new ArrayList<>();

    /** A broker's new demand, stamped with his institution, centre and region, waiting for review. */
    public static Demand submittedBy(CurrentUser broker, DemandForm form, Instant now) {
        Demand demand = new Demand();
        demand.fill(form);
        demand.source = DemandSource.STAFF;
        demand.status = DemandStatus.PENDING_REVIEW;
        demand.submitterId = broker.id();
        demand.submitterName = broker.name();
        demand.institutionId = broker.institutionId();
        demand.centreId = broker.centreId();
        demand.regionCode = broker.regionCode();
        demand.handlerId = broker.id();
        demand.handlerName = broker.name();
        demand.submittedAt = now;
        demand.updatedAt = now;
        return demand;
    }

    /** A municipal platform's demand, waiting in the pool of the platform's region for an institution to claim. */
    public static Demand broughtIntoPool(PoolSubmission submission, Instant now) {
        Demand demand = new Demand();
        demand.title = submission.title();
        demand.description = submission.description();
        demand.type = submission.type();
        demand.fieldCode = submission.fieldCode();
        demand.industry = submission.industry();
        demand.budget = submission.budget();
        demand.cooperationMode = submission.cooperationMode();
        demand.deadline = submission.deadline();
        // set by the claiming institution, at least its minimum
        demand.feeRatio = BigDecimal.ZERO.setScale(2);
        demand.source = DemandSource.OPEN_API;
        demand.status = DemandStatus.IN_POOL;
        demand.submitterName = submission.platformId();
        demand.regionCode = submission.regionCode();
        demand.openPlatform = submission.platformId();
        demand.externalId = submission.externalId();
        demand.enterpriseName = submission.enterpriseName();
        demand.enterpriseUscc = submission.enterpriseUscc();
        demand.contactName = submission.contactName();
        demand.contactPhone = submission.contactPhone();
        demand.submittedAt = now;
        demand.updatedAt = now;
        return demand;
    }

    /**
     * Records the new demand's first trail step and event. Called once it is stored: both carry its id, which the
     * database gives only then. Who brought it in and when are its own fields.
     */
    void recordEntry() {
        if (source == DemandSource.OPEN_API) {
            Actor platform = new Actor(null, openPlatform);
            recordStep(platform, "SUBMITTED_BY_PLATFORM", null, DemandView.of(this));
            recordedEvents.add(new DemandEnteredPool(UUID.randomUUID(), submittedAt, platform, id.toString(),
                    coordinates(), id, title, fieldCode, source.name(), openPlatform));
        } else {
            Actor submitter = new Actor(submitterId, submitterName);
            recordStep(submitter, "SUBMITTED", null, DemandView.of(this));
            recordedEvents.add(new DemandSubmitted(UUID.randomUUID(), submittedAt, submitter, id.toString(),
                    coordinates(), id, title, fieldCode, source.name(), submitterId));
        }
    }

    public void approve(Actor reviewer, Instant now) {
        DemandStatus before = status;
        apply(DemandAction.APPROVE);
        rejectReason = null;
        reviewedAt = now;
        updatedAt = now;
        recordStep(reviewer, "APPROVED", Map.of("status", before), Map.of("status", status));
        recordedEvents.add(new DemandApproved(UUID.randomUUID(), now, reviewer, id.toString(), coordinates(), id,
                submitterId, handlerId, title, fieldCode));
    }

    /** Sends the demand back to its submitter, who must be told why. */
    public void reject(String reason, Actor reviewer, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("REJECT_REASON_REQUIRED");
        }
        DemandStatus before = status;
        apply(DemandAction.REJECT);
        rejectReason = reason;
        reviewedAt = now;
        updatedAt = now;
        recordStep(reviewer, "REJECTED", Map.of("status", before), Map.of("status", status, "reason", reason));
        recordedEvents.add(new DemandRejected(UUID.randomUUID(), now, reviewer, id.toString(), coordinates(), id,
                submitterId, reason));
    }

    /**
     * Takes the form's content. The trail keeps each field whose value really changed, before and after; false, and
     * nothing changed or recorded, when the form changes nothing.
     */
    public boolean edit(DemandForm form, Actor editor, Instant now) {
        apply(DemandAction.EDIT);
        Map<String, Object> before = editable();
        Map<String, Object> after = new Demand().fill(form).editable();
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changedBefore.put(field, before.get(field));
                changedAfter.put(field, value);
            }
        });
        if (changedAfter.isEmpty()) {
            return false;
        }
        fill(form);
        updatedAt = now;
        recordStep(editor, "EDITED", changedBefore, changedAfter);
        return true;
    }

    public void resubmit(Actor submitter, Instant now) {
        apply(DemandAction.RESUBMIT);
        rejectReason = null;
        submittedAt = now;
        updatedAt = now;
        recordStep(submitter, "RESUBMITTED", Map.of("status", DemandStatus.REJECTED), Map.of("status", status));
        recordedEvents.add(new DemandSubmitted(UUID.randomUUID(), submittedAt, submitter, id.toString(),
                coordinates(), id, title, fieldCode, source.name(), submitterId));
    }

    /** Hands the demand to {@code next}, a broker whom the caller has found eligible; he brings his centre along. */
    public void reassign(StaffSummary next, Actor actor, Instant now) {
        long from = handlerId;
        if (from == next.accountId()) {
            throw ProblemException.badRequest("HANDLER_UNCHANGED", next.accountId());
        }
        Map<String, Object> before = Map.of("handlerId", from, "handlerName", handlerName);
        apply(DemandAction.REASSIGN);
        handlerId = next.accountId();
        handlerName = next.name();
        centreId = next.centreId();
        regionCode = next.regionCode();
        updatedAt = now;
        recordStep(actor, "REASSIGNED", before, Map.of("handlerId", handlerId, "handlerName", handlerName));
        recordedEvents.add(new DemandReassigned(UUID.randomUUID(), now, actor, id.toString(), coordinates(), id, from,
                handlerId));
    }

    public void close(String reason, Actor actor, Instant now) {
        apply(DemandAction.CLOSE);
        closeReason = reason;
        closedAt = now;
        updatedAt = now;
        recordStep(actor, "CLOSED", Map.of("status", DemandStatus.DOCKING), Map.of("status", status, "reason", reason));
        recordedEvents.add(new DemandClosed(UUID.randomUUID(), now, actor, id.toString(), coordinates(), id, handlerId,
                reason));
    }

    /** The claiming administrator's institution takes the demand from the pool, he handling it, on his commitment. */
    public void claim(BigDecimal claimedFeeRatio, String commitment, CurrentUser claimer, Instant now) {
        apply(DemandAction.CLAIM);
        takeOver(claimer, claimedFeeRatio);
        claimedAt = now;
        claimCommitment = commitment;
        reviewedAt = now;
        updatedAt = now;
        recordStep(claimer.actor(), "CLAIMED", Map.of("status", "IN_POOL"), Map.of("status", status,
                "institutionId", claimer.institutionId(), "handlerId", claimer.id(), "feeRatio", claimedFeeRatio,
                "commitment", commitment));
        recordedEvents.add(new DemandClaimed(UUID.randomUUID(), now, claimer.actor(), Long.toString(id),
                coordinates(), id, title, fieldCode, claimer.id(), claimedFeeRatio));
    }

    /**
     * The accepting administrator's institution takes the demand opened to it, he handling it, on his commitment to
     * the published fee ratio. It works with the demand's enterprise from now on, if the demand names one and
     * enterprise-service's rule (the handing-over institution works with it) agrees: submitting and editing need no
     * such event, as the enterprise must already be the institution's.
     */
    public void accept(BigDecimal publishedFeeRatio, String commitment, CurrentUser acceptor, Instant now) {
        Map<String, Object> before = Map.of("institutionId", institutionId, "handlerId", handlerId,
                "feeRatio", feeRatio);
        long fromInstitution = institutionId;
        apply(DemandAction.ACCEPT);
        takeOver(acceptor, publishedFeeRatio);
        updatedAt = now;
        recordStep(acceptor.actor(), "ACCEPTED", before, Map.of("institutionId", acceptor.institutionId(),
                "handlerId", acceptor.id(), "feeRatio", publishedFeeRatio, "commitment", commitment));
        recordedEvents.add(new DemandAccepted(UUID.randomUUID(), now, acceptor.actor(), Long.toString(id),
                coordinates(), id, fromInstitution, acceptor.institutionId(), publishedFeeRatio));
        if (enterpriseId != null) {
            recordedEvents.add(new EnterpriseEngaged(UUID.randomUUID(), now, acceptor.actor(), id.toString(),
                    coordinates(), id, enterpriseId, institutionId, fromInstitution));
        }
    }

    /**
     * The cooperation project registered for the demand completes it. {@code project} is what the trail keeps of
     * it; the project took the demand's fee ratio and handler.
     */
    public void complete(long projectId, BigDecimal contractAmount, Object project, Actor actor, Instant now) {
        apply(DemandAction.REGISTER_PROJECT);
        updatedAt = now;
        recordStep(actor, "PROJECT_REGISTERED", Map.of("status", "DOCKING"), Map.of("status", status,
                "project", project));
        recordedEvents.add(new DemandCompleted(UUID.randomUUID(), now, actor, Long.toString(id), coordinates(), id,
                projectId, contractAmount, feeRatio, handlerId));
    }

    /** The trail steps recorded since the last save, handed over once. */
    List<TrailStep> takeRecordedSteps() {
        List<TrailStep> steps = List.copyOf(recordedSteps);
        recordedSteps.clear();
        return steps;
    }

    /** The events recorded since the last save, handed over once. */
    List<IntegrationEvent> takeRecordedEvents() {
        List<IntegrationEvent> events = List.copyOf(recordedEvents);
        recordedEvents.clear();
        return events;
    }

    /** The handling institution, centre and region: what consumers of its events scope by. */
    public OrgCoordinates coordinates() {
        return new OrgCoordinates(institutionId, centreId, regionCode);
    }

    /** Moves the demand on by {@code action}, or refuses with ILLEGAL_STATE. */
    private void apply(DemandAction action) {
        status = DemandStateMachine.next(status, action);
    }

    private void recordStep(Actor actor, String action, Object before, Object after) {
        recordedSteps.add(new TrailStep(actor, action, before, after));
    }

    /** Another institution's administrator takes the demand over, handling it himself until he hands it on. */
    private void takeOver(CurrentUser administrator, BigDecimal agreedFeeRatio) {
        institutionId = administrator.institutionId();
        centreId = administrator.centreId();
        regionCode = administrator.regionCode();
        handlerId = administrator.id();
        handlerName = administrator.name();
        feeRatio = agreedFeeRatio;
    }

    private Demand fill(DemandForm form) {
        title = form.title();
        description = form.description();
        type = form.type();
        fieldCode = form.fieldCode();
        industry = form.industry();
        enterpriseId = form.enterpriseId();
        budget = form.budget();
        cooperationMode = form.cooperationMode();
        deadline = form.deadline();
        feeRatio = form.feeRatio();
        return this;
    }

    private Map<String, Object> editable() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("type", type);
        fields.put("fieldCode", fieldCode);
        fields.put("industry", industry);
        fields.put("enterpriseId", enterpriseId);
        fields.put("budget", money(budget));
        fields.put("cooperationMode", cooperationMode);
        fields.put("deadline", deadline);
        fields.put("feeRatio", money(feeRatio));
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

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DemandType getType() {
        return type;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getIndustry() {
        return industry;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCooperationMode() {
        return cooperationMode;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public BigDecimal getFeeRatio() {
        return feeRatio;
    }

    public DemandSource getSource() {
        return source;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Long getSubmitterId() {
        return submitterId;
    }

    public String getSubmitterName() {
        return submitterName;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public String getHandlerName() {
        return handlerName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Integer getVersion() {
        return version;
    }

    public String getOpenPlatform() {
        return openPlatform;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimCommitment() {
        return claimCommitment;
    }

}
