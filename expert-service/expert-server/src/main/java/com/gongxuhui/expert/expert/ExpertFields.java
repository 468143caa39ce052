package com.gongxuhui.expert.expert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The research fields of experts (table {@code expert_field}), read for a page of experts at once. */
@Component
public class ExpertFields {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ExpertFields(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public void replace(long expertId, Collection<String> fieldCodes) {
        jdbc.update("DELETE FROM expert_field WHERE expert_id = ?", expertId);
        jdbc.batchUpdate("INSERT INTO expert_field (expert_id, field_code) VALUES (?, ?)",
                fieldCodes.stream().distinct().map(code -> new Object[] {expertId, code}).toList());
    }

    public List<String> of(long expertId) {
        return jdbc.queryForList("SELECT field_code FROM expert_field WHERE expert_id = ? ORDER BY field_code",
                String.class, expertId);
    }

    /** Fields per expert, for every id given (an expert without fields maps to an empty list). */
    public Map<Long, List<String>> of(Collection<Long> expertIds) {
        Map<Long, List<String>> fields = new LinkedHashMap<>();
        expertIds.forEach(id -> fields.put(id, new ArrayList<>()));
        if (!expertIds.isEmpty()) {
            named.query("SELECT expert_id, field_code FROM expert_field WHERE expert_id IN (:ids) "
                    + "ORDER BY expert_id, field_code", Map.of("ids", expertIds),
                    rs -> {
                        fields.get(rs.getLong("expert_id")).add(rs.getString("field_code"));
                    });
        }
        return fields;
    }
}
