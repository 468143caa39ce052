package com.gongxuhui.expert.expert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A set of field-dictionary codes per expert, kept in a table of its own {@code (expert_id, field_code)} so that
 * a search by field is an index lookup; read for a page of experts at once.
 */
public abstract class ExpertFieldCodes {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String table;

    /** {@code table} is a constant of the subclass, never input. */
    protected ExpertFieldCodes(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.table = table;
    }

    public void replace(long expertId, Collection<String> fieldCodes) {
        jdbc.update("DELETE FROM " + table + " WHERE expert_id = ?", expertId);
        jdbc.batchUpdate("INSERT INTO " + table + " (expert_id, field_code) VALUES (?, ?)",
                fieldCodes.stream().distinct().map(code -> new Object[] {expertId, code}).toList());
    }

    /** The expert's codes, sorted. */
    public List<String> of(long expertId) {
        return jdbc.queryForList("SELECT field_code FROM " + table + " WHERE expert_id = ? ORDER BY field_code",
                String.class, expertId);
    }

    /** Codes per expert, for every id given (an expert without any maps to an empty list). */
    public Map<Long, List<String>> of(Collection<Long> expertIds) {
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        expertIds.forEach(id -> codes.put(id, new ArrayList<>()));
        if (!expertIds.isEmpty()) {
            named.query("SELECT expert_id, field_code FROM " + table + " WHERE expert_id IN (:ids) "
                    + "ORDER BY expert_id, field_code", Map.of("ids", expertIds),
                    rs -> {
                        codes.get(rs.getLong("expert_id")).add(rs.getString("field_code"));
                    });
        }
        return codes;
    }
}
