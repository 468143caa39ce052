package com.gongxuhui.notify.reaction;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.demand.api.DemandAccepted;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandDockedByExpert;
import com.gongxuhui.demand.api.DemandPublished;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.demand.api.DemandReassigned;
import com.gongxuhui.demand.api.DemandRejected;
import com.gongxuhui.demand.api.DemandSubmitted;
import com.gongxuhui.demand.api.DockingCancelled;
import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Deliveries;
import com.gongxuhui.notify.delivery.OutgoingMessage;
import com.gongxuhui.notify.delivery.PushReports;
import com.gongxuhui.notify.delivery.RecipientKind;
import com.gongxuhui.notify.directory.Accounts;
import com.gongxuhui.notify.directory.Experts;
import com.gongxuhui.notify.directory.KnownAccount;
import com.gongxuhui.notify.directory.KnownExpert;
import com.gongxuhui.notify.notification.NotificationKind;
import com.gongxuhui.notify.notification.NotificationTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who hears of each step of a demand's life, from notify-service's own read models only. */
@Component
class DemandReactions {

    private final Accounts accounts;
    private final Experts experts;
    private final Notifier notifier;
    private final Deliveries deliveries;
    private final OutboxPublisher outbox;
    private final NotificationTexts texts;

    DemandReactions(Accounts accounts, Experts experts, Notifier notifier, Deliveries deliveries,
            OutboxPublisher outbox, NotificationTexts texts) {
        this.accounts = accounts;
        this.experts = experts;
        this.notifier = notifier;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** The handling institution's administrators review it. */
    void submitted(DemandSubmitted e) {
        notifier.tell(accounts.administratorsOf(List.of(e.coordinates().institutionId())), e,
                NotificationKind.DEMAND_SUBMITTED, e.demandId(), e.title());
    }

    void approved(DemandApproved e) {
        notifier.tell(person(e.submitterId()), e, NotificationKind.DEMAND_APPROVED, e.demandId(), e.title());
    }

    void rejected(DemandRejected e) {
        notifier.tell(person(e.submitterId()), e, NotificationKind.DEMAND_REJECTED, e.demandId(), e.demandId(),
                e.reason());
    }

    void reassigned(DemandReassigned e) {
        notifier.tell(person(e.toHandlerId()), e, NotificationKind.DEMAND_REASSIGNED, e.demandId(), e.demandId());
    }

    /** Opened to all institutions (scope ALL: every other institution's administrators) or to named ones. */
    void published(DemandPublished e) {
        List<KnownAccount> admins = "ALL".equals(e.scope())
                ? accounts.administratorsExcept(e.coordinates().institutionId())
                : accounts.administratorsOf(e.institutionIds());
        notifier.tell(admins, e, NotificationKind.DEMAND_PUBLISHED, e.demandId(), e.demandId(), e.feeRatio());
    }

    /** Both institutions' administrators: the one that gave the demand up and the one that now handles it. */
    void accepted(DemandAccepted e) {
        notifier.tell(accounts.administratorsOf(List.of(e.fromInstitutionId(), e.toInstitutionId())), e,
                NotificationKind.DEMAND_ACCEPTED, e.demandId(), e.demandId());
    }

    /** The broker credited with the deal, and his institution's administrators. */
    void completed(DemandCompleted e) {
        List<KnownAccount> concerned = new ArrayList<>(person(e.handlerId()));
        concerned.addAll(accounts.administratorsOf(List.of(e.coordinates().institutionId())));
        notifier.tell(concerned, e, NotificationKind.DEMAND_COMPLETED, e.demandId(), e.demandId(), e.contractAmount());
    }

    void docked(DemandDockedByExpert e) {
        notifier.tell(person(e.handlerId()), e, NotificationKind.DEMAND_DOCKED, e.demandId(), e.title(),
                expertName(e.expertId()));
    }

    void dockingCancelled(DockingCancelled e) {
        notifier.tell(person(e.handlerId()), e, NotificationKind.DOCKING_CANCELLED, e.demandId(), e.demandId(),
                expertName(e.expertId()));
    }

    /**
     * The expert hears of the push on WeChat, if he follows the official account; if not, the push is recorded
     * as not sent and demand-service is told so at once (a sent one is reported when WeChat has answered).
     */
    void pushed(DemandPushedToExpert e) {
        Optional<KnownExpert> expert = experts.find(e.expertId());
        String title = texts.title(NotificationKind.DEMAND_PUSHED);
        String body = texts.body(NotificationKind.DEMAND_PUSHED, e.title());
        OutgoingMessage message = new OutgoingMessage(e.eventId().toString(), RecipientKind.EXPERT, e.expertId(),
                ChannelType.WECHAT, NotificationKind.DEMAND_PUSHED, expert.map(KnownExpert::openId).orElse(null), title,
                body, e.demandId(), e.pushId());
        if (expert.isPresent() && expert.get().reachableOnWeChat()) {
            deliveries.enqueue(List.of(message));
        } else if (deliveries.recordNotSent(message, PushReports.NOT_FOLLOWING
                + ": the expert does not follow the official account")) {
            outbox.publish(PushReports.of(e.demandId(), e.pushId(), e.expertId(), false, PushReports.NOT_FOLLOWING,
                    e.occurredAt()));
        }
    }

    private List<KnownAccount> person(long accountId) {
        return accounts.active(accountId).stream().toList();
    }

    private String expertName(long expertId) {
        return experts.find(expertId).map(KnownExpert::name).filter(name -> !name.isBlank()).orElse("#" + expertId);
    }
}
