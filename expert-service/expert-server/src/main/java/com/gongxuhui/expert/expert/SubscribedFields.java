package com.gongxuhui.expert.expert;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The fields experts subscribed to (需求订阅, table {@code expert_subscription}). */
@Component
public class SubscribedFields extends ExpertFieldCodes {

    public SubscribedFields(JdbcTemplate jdbc) {
        super(jdbc, "expert_subscription");
    }
}
