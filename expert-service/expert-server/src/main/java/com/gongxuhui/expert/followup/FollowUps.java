package com.gongxuhui.expert.followup;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.ExpertAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An expert's follow-up records: whoever may change the expert records and edits them, whoever sees him reads them. */
@Service
public class FollowUps {

    private final ExpertFollowUpMapper followUps;
    private final ExpertAccess access;
    private final Clock clock;

    public FollowUps(ExpertFollowUpMapper followUps, ExpertAccess access, Clock clock) {
        this.followUps = followUps;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public FollowUpView record(long expertId, FollowUpForm form, CurrentUser user) {
        access.requireManageable(user, expertId);
        Instant now = clock.instant();
        ExpertFollowUp followUp = new ExpertFollowUp();
        followUp.setExpertId(expertId);
        fill(followUp, form);
        followUp.setAuthorId(user.id());
        followUp.setAuthorName(user.name());
        followUp.setCreatedAt(now);
        followUp.setUpdatedAt(now);
        followUps.insert(followUp);
        return FollowUpView.of(followUp);
    }

    @Transactional
    public FollowUpView edit(long expertId, long id, FollowUpForm form, CurrentUser user) {
        access.requireManageable(user, expertId);
        ExpertFollowUp followUp = followUps.findOf(expertId, id)
                .orElseThrow(() -> ProblemException.notFound("RECORD_NOT_FOUND", id));
        fill(followUp, form);
        followUp.setUpdatedAt(clock.instant());
        followUps.updateById(followUp);
        return FollowUpView.of(followUp);
    }

    public List<FollowUpView> list(long expertId, CurrentUser user) {
        access.requireVisible(user, expertId);
        return followUps.findByExpert(expertId).stream().map(FollowUpView::of).toList();
    }

    private static void fill(ExpertFollowUp followUp, FollowUpForm form) {
        followUp.setType(form.type());
        followUp.setHappenedAt(form.happenedAt().toInstant());
        followUp.setContent(form.content());
    }
}
