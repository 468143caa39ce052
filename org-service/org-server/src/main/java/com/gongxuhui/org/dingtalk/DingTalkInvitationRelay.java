package com.gongxuhui.org.dingtalk;

import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountQueries;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes due invitations to DingTalk, a batch per round ({@link DingTalkInviter}: send the pending ones, check the
 * invited ones); {@link DingTalkInvitationSchedule} runs the rounds. When DingTalk gives no usable answer at all the
 * round ends there: it is likely away, and every further call would wait out its timeout for the same answer. Without
 * the app's credentials nothing is sent and the invitations stay PENDING.
 */
@Component
class DingTalkInvitationRelay {

    private static final Logger log = LoggerFactory.getLogger(DingTalkInvitationRelay.class);
    private static final int BATCH = 50;

    private final DingTalkInvitationMapper invitations;
    private final AccountQueries accounts;
    private final DingTalkInviter inviter;
    private final DingTalkProperties dingTalk;
    private final Clock clock;

    DingTalkInvitationRelay(DingTalkInvitationMapper invitations, AccountQueries accounts, DingTalkInviter inviter,
            DingTalkProperties dingTalk, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.inviter = inviter;
        this.dingTalk = dingTalk;
        this.clock = clock;
    }

    /** One round; returns how many invitations were taken a step further. */
    int advanceDue() {
        return advanceDue(() -> true);
    }

    /** One round, asking {@code stillHolder} before each invitation, so that an instance that lost its lease stops. */
    int advanceDue(BooleanSupplier stillHolder) {
        if (!dingTalk.hasCredentials()) {
            return 0;
        }
        int advanced = 0;
        List<DingTalkInvitation> due = invitations.due(clock.instant(), BATCH);
        // due invitations are those of existing accounts (the query joins them), and accounts are never deleted
        Map<Long, Account> accountsById = accounts.findAll(due.stream().map(DingTalkInvitation::getAccountId).toList());
        for (DingTalkInvitation invitation : due) {
            if (!stillHolder.getAsBoolean()) {
                return advanced;
            }
            try {
                inviter.advance(invitation, accountsById.get(invitation.getAccountId()));
                advanced++;
            } catch (DingTalkCallFailed dingTalkAway) {
                // the invitation logged and kept the reason
                log.info("DingTalk gave no usable answer: the other invitations wait for the next round");
                return advanced;
            }
        }
        return advanced;
    }
}
