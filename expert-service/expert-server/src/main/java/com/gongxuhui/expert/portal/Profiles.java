package com.gongxuhui.expert.portal;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.Expert;
import com.gongxuhui.expert.expert.ExpertAccess;
import com.gongxuhui.expert.expert.ExpertFields;
import com.gongxuhui.expert.expert.ExpertMapper;
import com.gongxuhui.expert.expert.ExpertView;
import com.gongxuhui.expert.field.TechnicalFields;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An expert's own information as he reads and edits it in the mini-program. */
@Service
class Profiles {

    private final ExpertAccess access;
    private final ExpertMapper experts;
    private final ExpertFields fields;
    private final TechnicalFields dictionary;
    private final Clock clock;

    Profiles(ExpertAccess access, ExpertMapper experts, ExpertFields fields, TechnicalFields dictionary, Clock clock) {
        this.access = access;
        this.experts = experts;
        this.fields = fields;
        this.dictionary = dictionary;
        this.clock = clock;
    }

    ExpertView mine(CurrentUser user) {
        Expert expert = access.requireSelf(user);
        return ExpertView.of(expert, fields.of(expert.getId()));
    }

    @Transactional
    ExpertView edit(ProfileForm form, CurrentUser user) {
        Expert expert = access.requireSelf(user);
        dictionary.requireKnown(form.fields());
        expert.setOrganisation(form.organisation());
        expert.setTitle(form.title());
        expert.setIntroduction(form.introduction());
        expert.setUpdatedAt(clock.instant());
        if (experts.updateById(expert) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
        fields.replace(expert.getId(), form.fields());
        return ExpertView.of(expert, fields.of(expert.getId()));
    }
}
