package com.gongxuhui.expert.solution;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.ExpertAccess;
import com.gongxuhui.expert.field.TechnicalFields;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An expert's technical solutions: whoever may change the expert adds and edits them, whoever sees him reads them. */
@Service
public class Solutions {

    private final TechnicalSolutionMapper solutions;
    private final ExpertAccess access;
    private final TechnicalFields dictionary;
    private final Clock clock;

    public Solutions(TechnicalSolutionMapper solutions, ExpertAccess access, TechnicalFields dictionary, Clock clock) {
        this.solutions = solutions;
        this.access = access;
        this.dictionary = dictionary;
        this.clock = clock;
    }

    @Transactional
    public SolutionView add(long expertId, SolutionForm form, CurrentUser user) {
        access.requireManageable(user, expertId);
        requireKnownField(form);
        Instant now = clock.instant();
        TechnicalSolution solution = new TechnicalSolution();
        solution.setExpertId(expertId);
        fill(solution, form);
        solution.setCreatedAt(now);
        solution.setUpdatedAt(now);
        solutions.insert(solution);
        return SolutionView.of(solution);
    }

    @Transactional
    public SolutionView edit(long expertId, long id, SolutionForm form, CurrentUser user) {
        access.requireManageable(user, expertId);
        TechnicalSolution solution = solutions.findOf(expertId, id)
                .orElseThrow(() -> ProblemException.notFound("RECORD_NOT_FOUND", id));
        requireKnownField(form);
        fill(solution, form);
        solution.setUpdatedAt(clock.instant());
        solutions.updateById(solution);
        return SolutionView.of(solution);
    }

    public List<SolutionView> list(long expertId, CurrentUser user) {
        access.requireVisible(user, expertId);
        return solutions.findByExpert(expertId).stream().map(SolutionView::of).toList();
    }

    private void requireKnownField(SolutionForm form) {
        if (form.fieldCode() != null) {
            dictionary.requireKnown(List.of(form.fieldCode()));
        }
    }

    private static void fill(TechnicalSolution solution, SolutionForm form) {
        solution.setTitle(form.title());
        solution.setFieldCode(form.fieldCode());
        solution.setDescription(form.description());
    }
}
