package com.gongxuhui.expert.expert;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The research fields of experts (table {@code expert_field}). */
@Component
public class ExpertFields extends ExpertFieldCodes {

    public ExpertFields(JdbcTemplate jdbc) {
        super(jdbc, "expert_field");
    }
}
