package com.gongxuhui.expert.expertdetail;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.expert.achievement.AchievementView;
import com.gongxuhui.expert.achievement.Achievements;
import com.gongxuhui.expert.expert.ExpertView;
import com.gongxuhui.expert.expert.Experts;
import com.gongxuhui.expert.followup.FollowUpView;
import com.gongxuhui.expert.followup.FollowUps;
import com.gongxuhui.expert.solution.SolutionView;
import com.gongxuhui.expert.solution.Solutions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert's detail page, composed of the expert and the features under him. It lives apart from the expert
 * feature because achievements, solutions and follow-ups depend on the expert's access rules, not the other way.
 */
@RestController
@RequestMapping("/api/experts")
@Tag(name = "experts")
class ExpertDetailController {

    private final Experts experts;
    private final Achievements achievements;
    private final Solutions solutions;
    private final FollowUps followUps;
    private final CurrentUserAccessor currentUser;

    ExpertDetailController(Experts experts, Achievements achievements, Solutions solutions, FollowUps followUps,
            CurrentUserAccessor currentUser) {
        this.experts = experts;
        this.achievements = achievements;
        this.solutions = solutions;
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    /** The detail page: the expert's basics and his achievements, solutions and follow-up records. */
    record ExpertDetail(ExpertView expert, List<AchievementView> achievements, List<SolutionView> solutions,
            List<FollowUpView> followUps) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "An expert with his research achievements, technical solutions and follow-up records")
    ExpertDetail detail(@PathVariable long id) {
        CurrentUser user = currentUser.current();
        return new ExpertDetail(experts.get(id, user), achievements.list(id, user), solutions.list(id, user),
                followUps.list(id, user));
    }
}
