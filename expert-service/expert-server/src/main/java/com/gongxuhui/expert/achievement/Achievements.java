package com.gongxuhui.expert.achievement;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.ExpertAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An expert's research achievements: whoever may change the expert adds and edits them, whoever sees him reads them. */
@Service
public class Achievements {

    private final ResearchAchievementMapper achievements;
    private final ExpertAccess access;
    private final Clock clock;

    public Achievements(ResearchAchievementMapper achievements, ExpertAccess access, Clock clock) {
        this.achievements = achievements;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public AchievementView add(long expertId, AchievementForm form, CurrentUser user) {
        access.requireManageable(user, expertId);
        Instant now = clock.instant();
        ResearchAchievement achievement = new ResearchAchievement();
        achievement.setExpertId(expertId);
        fill(achievement, form);
        achievement.setCreatedAt(now);
        achievement.setUpdatedAt(now);
        achievements.insert(achievement);
        return AchievementView.of(achievement);
    }

    @Transactional
    public AchievementView edit(long expertId, long id, AchievementForm form, CurrentUser user) {
        access.requireManageable(user, expertId);
        ResearchAchievement achievement = achievements.findOf(expertId, id)
                .orElseThrow(() -> ProblemException.notFound("RECORD_NOT_FOUND", id));
        fill(achievement, form);
        achievement.setUpdatedAt(clock.instant());
        achievements.updateById(achievement);
        return AchievementView.of(achievement);
    }

    public List<AchievementView> list(long expertId, CurrentUser user) {
        access.requireVisible(user, expertId);
        return achievements.findByExpert(expertId).stream().map(AchievementView::of).toList();
    }

    private static void fill(ResearchAchievement achievement, AchievementForm form) {
        achievement.setTitle(form.title());
        achievement.setAchievedOn(form.achievedOn());
        achievement.setDescription(form.description());
    }
}
