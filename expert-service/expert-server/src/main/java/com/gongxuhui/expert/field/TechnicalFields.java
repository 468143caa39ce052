package com.gongxuhui.expert.field;

import com.gongxuhui.common.web.ProblemException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The field dictionary's codes (reference data that changes by migration only), to validate research fields. */
@Component
public class TechnicalFields {

    private final JdbcTemplate jdbc;

    public TechnicalFields(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Code by code and by Chinese name, so that a spreadsheet may name fields either way. */
    public Map<String, String> codesByCodeOrName() {
        Map<String, String> codes = new HashMap<>();
        jdbc.query("SELECT code, name FROM technical_field", rs -> {
            codes.put(rs.getString("code"), rs.getString("code"));
            codes.put(rs.getString("name"), rs.getString("code"));
        });
        return codes;
    }

    public Set<String> codes() {
        return new HashSet<>(jdbc.queryForList("SELECT code FROM technical_field", String.class));
    }

    /** Refuses with FIELD_UNKNOWN (400) naming the first code the dictionary does not hold. */
    public void requireKnown(Collection<String> fieldCodes) {
        Set<String> known = codes();
        fieldCodes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(unknown -> {
            throw ProblemException.badRequest("FIELD_UNKNOWN", unknown);
        });
    }
}
