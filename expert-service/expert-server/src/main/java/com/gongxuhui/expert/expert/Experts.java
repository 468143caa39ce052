package com.gongxuhui.expert.expert;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.expert.api.ExpertSummary;
import com.gongxuhui.expert.field.TechnicalFields;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding, changing and finding experts; adding one publishes {@link ExpertCreated} (his SMS invitation). */
@Service
public class Experts {

    private final ExpertMapper experts;
    private final ExpertFields fields;
    private final SubscribedFields subscriptions;
    private final ExpertAccess access;
    private final TechnicalFields dictionary;
    private final OutboxPublisher events;
    private final Clock clock;

    public Experts(ExpertMapper experts, ExpertFields fields, SubscribedFields subscriptions, ExpertAccess access,
            TechnicalFields dictionary, OutboxPublisher events, Clock clock) {
        this.experts = experts;
        this.fields = fields;
        this.subscriptions = subscriptions;
        this.access = access;
        this.dictionary = dictionary;
        this.events = events;
        this.clock = clock;
    }

    /** A new expert of the administrator's institution, stamped with the administrator's centre and region. */
    @Transactional
    public ExpertView create(ExpertForm form, CurrentUser user) {
        if (user.institutionId() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        dictionary.requireKnown(form.fields());
        if (experts.existsByPhone(form.phone())) {
            throw ProblemException.conflict("EXPERT_PHONE_TAKEN", form.phone());
        }
        Instant now = clock.instant();
        Expert expert = new Expert();
        fill(expert, form);
        expert.setInstitutionId(user.institutionId());
        expert.setCentreId(user.centreId());
        expert.setRegionCode(user.regionCode());
        expert.setCreatedBy(user.id());
        expert.setCreatedAt(now);
        expert.setUpdatedAt(now);
        try {
            experts.insert(expert);
        } catch (DuplicateKeyException concurrentCreation) {
            throw ProblemException.conflict("EXPERT_PHONE_TAKEN", form.phone());
        }
        fields.replace(expert.getId(), form.fields());
        events.publish(new ExpertCreated(UUID.randomUUID(), now, user.actor(), expert.getId().toString(),
                expert.coordinates(), expert.getId(), expert.getName(), expert.getPhone(), expert.getInstitutionId()));
        return ExpertView.of(expert, fields.of(expert.getId()));
    }

    @Transactional
    public ExpertView update(long id, ExpertForm form, CurrentUser user) {
        Expert expert = access.requireManageable(user, id);
        dictionary.requireKnown(form.fields());
        if (!Objects.equals(expert.getPhone(), form.phone()) && experts.existsByPhone(form.phone())) {
            throw ProblemException.conflict("EXPERT_PHONE_TAKEN", form.phone());
        }
        fill(expert, form);
        expert.setUpdatedAt(clock.instant());
        try {
            if (experts.updateById(expert) == 0) {
                throw ProblemException.conflict("CONCURRENT_UPDATE");
            }
        } catch (DuplicateKeyException concurrentChange) {
            throw ProblemException.conflict("EXPERT_PHONE_TAKEN", form.phone());
        }
        fields.replace(id, form.fields());
        return ExpertView.of(expert, fields.of(id));
    }

    public ExpertView get(long id, CurrentUser user) {
        Expert expert = access.requireVisible(user, id);
        return ExpertView.of(expert, fields.of(id));
    }

    public PageView<ExpertView> search(ExpertSearch search, PageQuery page, CurrentUser user) {
        LambdaQueryWrapper<Expert> query = Wrappers.<Expert>lambdaQuery()
                .like(search.name() != null, Expert::getName, search.name());
        filter(query, search.field(), search.organisation());
        IPage<Expert> found = experts.selectPage(page.toPage(), access.restrict(user, query));
        Map<Long, List<String>> fieldsById = fields.of(found.getRecords().stream().map(Expert::getId).toList());
        return PageView.of(found, e -> ExpertView.of(e, fieldsById.get(e.getId())));
    }

    /** The push dialog's search (domain.md, 专家推送): experts in {@code scope} by field and organisation. */
    public PageView<ExpertSummary> searchForPush(String field, String organisation, PushScope scope, PageQuery page,
            CurrentUser user) {
        LambdaQueryWrapper<Expert> query = Wrappers.lambdaQuery();
        filter(query, field, organisation);
        IPage<Expert> found = switch (scope) {
            case OWN -> experts.selectPage(page.toPage(), access.ownInstitution(user, query));
        };
        List<Long> ids = found.getRecords().stream().map(Expert::getId).toList();
        Map<Long, List<String>> fieldsById = fields.of(ids);
        Map<Long, List<String>> subscribedById = subscriptions.of(ids);
        return PageView.of(found, e -> summary(e, fieldsById.get(e.getId()), subscribedById.get(e.getId())));
    }

    /**
     * One expert as another service sees him (the internal API): one the caller's institution may push to, or
     * the calling expert himself.
     */
    public ExpertSummary summary(long id, CurrentUser user) {
        Expert expert = access.requireSummarisable(user, id);
        return summary(expert, fields.of(id), subscriptions.of(id));
    }

    private static void filter(LambdaQueryWrapper<Expert> query, String field, String organisation) {
        query.like(organisation != null, Expert::getOrganisation, organisation)
                // {0} is bound as a parameter, never pasted into the SQL
                .apply(field != null, "id IN (SELECT expert_id FROM expert_field WHERE field_code = {0})", field)
                .orderByDesc(Expert::getId);
    }

    private static ExpertSummary summary(Expert e, List<String> fieldCodes, List<String> subscribedFields) {
        return new ExpertSummary(e.getId(), e.getName(), e.getInstitutionId(), e.getOrganisation(), fieldCodes,
                e.isFollowsOfficialAccount(), subscribedFields);
    }

    private static void fill(Expert expert, ExpertForm form) {
        expert.setName(form.name());
        expert.setPhone(form.phone());
        expert.setOrganisation(form.organisation());
        expert.setTitle(form.title());
        expert.setIntroduction(form.introduction());
    }
}
