package com.gongxuhui.expert.portal;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.expert.api.ExpertSubscribed;
import com.gongxuhui.expert.expert.Expert;
import com.gongxuhui.expert.expert.ExpertAccess;
import com.gongxuhui.expert.expert.SubscribedFields;
import com.gongxuhui.expert.field.TechnicalFields;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fields an expert subscribes to (需求订阅). Each change publishes {@link ExpertSubscribed} with the whole new
 * set; saving the same set again is no change and publishes nothing.
 */
@Service
class Subscriptions {

    private final ExpertAccess access;
    private final SubscribedFields subscriptions;
    private final TechnicalFields dictionary;
    private final OutboxPublisher events;
    private final Clock clock;

    Subscriptions(ExpertAccess access, SubscribedFields subscriptions, TechnicalFields dictionary, OutboxPublisher events,
            Clock clock) {
        this.access = access;
        this.subscriptions = subscriptions;
        this.dictionary = dictionary;
        this.events = events;
        this.clock = clock;
    }

    SubscriptionForm mine(CurrentUser user) {
        return new SubscriptionForm(subscriptions.of(access.requireSelf(user).getId()));
    }

    @Transactional
    SubscriptionForm replace(SubscriptionForm form, CurrentUser user) {
        Expert expert = access.requireSelf(user);
        dictionary.requireKnown(form.fieldCodes());
        List<String> wanted = form.fieldCodes().stream().distinct().sorted().toList();
        if (!Set.copyOf(wanted).equals(Set.copyOf(subscriptions.of(expert.getId())))) {
            subscriptions.replace(expert.getId(), wanted);
            Instant now = clock.instant();
            events.publish(new ExpertSubscribed(UUID.randomUUID(), now, user.actor(), expert.getId().toString(),
                    expert.coordinates(), expert.getId(), wanted));
        }
        return new SubscriptionForm(wanted);
    }
}
