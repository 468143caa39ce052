package com.gongxuhui.demand.field;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The field dictionary: reference data that changes by migration only. */
@Component
public class TechnicalFields {

    private final JdbcTemplate jdbc;

    public TechnicalFields(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TechnicalField> all() {
        return jdbc.query("SELECT code, name, parent_code FROM technical_field ORDER BY sort_order, code",
                (rs, n) -> new TechnicalField(rs.getString("code"), rs.getString("name"), rs.getString("parent_code")));
    }

    public boolean exists(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM technical_field WHERE code = ?", Integer.class, code) > 0;
    }
}
