package com.gongxuhui.expert.technology;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.Expert;
import com.gongxuhui.expert.expert.ExpertAccess;
import com.gongxuhui.expert.field.TechnicalFields;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technologies (技术发布): an expert publishes and manages his own in the mini-program; the institution that
 * maintains him reads them whole; others who may see the expert (a system administrator, a bureau manager of
 * his region) read the public part only. Another expert's technology is 404 to an expert, as if it did not exist.
 */
@Service
class Technologies {

    private final TechnologyMapper technologies;
    private final ExpertAccess access;
    private final TechnicalFields dictionary;
    private final Clock clock;

    Technologies(TechnologyMapper technologies, ExpertAccess access, TechnicalFields dictionary, Clock clock) {
        this.technologies = technologies;
        this.access = access;
        this.dictionary = dictionary;
        this.clock = clock;
    }

    @Transactional
    TechnologyView publish(TechnologyForm form, CurrentUser user) {
        Expert expert = access.requireSelf(user);
        dictionary.requireKnown(List.of(form.fieldCode()));
        Instant now = clock.instant();
        Technology technology = new Technology();
        technology.setExpertId(expert.getId());
        fill(technology, form);
        technology.setCreatedAt(now);
        technology.setUpdatedAt(now);
        technologies.insert(technology);
        return TechnologyView.withDetail(technology);
    }

    List<TechnologyView> mine(CurrentUser user) {
        return technologies.findByExpert(access.requireSelf(user).getId()).stream().map(TechnologyView::withDetail)
                .toList();
    }

    TechnologyView myOne(long id, CurrentUser user) {
        return TechnologyView.withDetail(own(id, user));
    }

    @Transactional
    TechnologyView edit(long id, TechnologyForm form, CurrentUser user) {
        Technology technology = own(id, user);
        dictionary.requireKnown(List.of(form.fieldCode()));
        fill(technology, form);
        technology.setUpdatedAt(clock.instant());
        technologies.updateById(technology);
        return TechnologyView.withDetail(technology);
    }

    @Transactional
    void withdraw(long id, CurrentUser user) {
        technologies.deleteById(own(id, user).getId());
    }

    /** An expert's technologies for those who may see him; the confidential detail for his institution only. */
    List<TechnologyView> ofExpert(long expertId, CurrentUser user) {
        Expert expert = access.requireVisible(user, expertId);
        Function<Technology, TechnologyView> view = access.maintains(user, expert) ? TechnologyView::withDetail
                : TechnologyView::publicPart;
        return technologies.findByExpert(expertId).stream().map(view).toList();
    }

    private Technology own(long id, CurrentUser user) {
        return technologies.findOf(access.requireSelf(user).getId(), id)
                .orElseThrow(() -> ProblemException.notFound("RECORD_NOT_FOUND", id));
    }

    private static void fill(Technology technology, TechnologyForm form) {
        technology.setName(form.name());
        technology.setFieldCode(form.fieldCode());
        technology.setMaturity(form.maturity());
        technology.setDescription(form.description());
        technology.setCooperationModes(EnumSet.copyOf(form.cooperationModes()));
        technology.setPublicSummary(form.publicSummary());
        technology.setConfidentialDetail(form.confidentialDetail());
    }
}
