package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.OrgCoordinates;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * score-service's copy of the organisation, kept from org-service's events: the names the views show and each
 * broker's current place, which decides who may read his ledger. Writes are idempotent upserts, so an event
 * arriving twice or out of order leaves the same rows.
 */
@Component
public class Organisation {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;

    public Organisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    void saveInstitution(long id, String name, String regionCode) {
        // the new values bound again in the update: VALUES() there is deprecated in MySQL 8.4, the row alias is
        // not MariaDB's (docs/architecture.md)
        jdbc.update("INSERT INTO institution (id, name, region_code) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = ?, region_code = ?", id, name, regionCode, name, regionCode);
    }

    void saveCentre(long id, long institutionId, String name, String regionCode) {
        jdbc.update("INSERT INTO centre (id, institution_id, name, region_code) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = ?, region_code = ?", id, institutionId, name, regionCode, name, regionCode);
    }

    /** A new broker; if a move arrived before his creation, the move's place stays (it is the newer one). */
    void staffJoined(long accountId, String name, OrgCoordinates place) {
        jdbc.update("INSERT INTO staff_member (account_id, name, institution_id, centre_id, region_code, enabled) "
                + "VALUES (?, ?, ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE name = ?",
                accountId, name, place.institutionId(), place.centreId(), place.regionCode(), name);
    }

    void staffMoved(long accountId, OrgCoordinates place) {
        jdbc.update("INSERT INTO staff_member (account_id, name, institution_id, centre_id, region_code, enabled) "
                + "VALUES (?, '', ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE institution_id = ?, centre_id = ?, "
                + "region_code = ?",
                accountId, place.institutionId(), place.centreId(), place.regionCode(),
                place.institutionId(), place.centreId(), place.regionCode());
    }

    /** Returns whether an enabled broker was disabled now (false: not a broker, or disabled already). */
    boolean staffDisabled(long accountId) {
        return jdbc.update("UPDATE staff_member SET enabled = FALSE WHERE account_id = ? AND enabled", accountId) == 1;
    }

    public Optional<StaffPlace> staff(long accountId) {
        return jdbc.query("SELECT * FROM staff_member WHERE account_id = ?", (rs, n) -> new StaffPlace(
                rs.getLong("account_id"), rs.getString("name"), rs.getObject("institution_id", Long.class),
                rs.getObject("centre_id", Long.class), rs.getString("region_code"), rs.getBoolean("enabled")),
                accountId).stream().findFirst();
    }

    /** Names by id for the rows of a view: {@code table} is one of institution, centre, staff_member. */
    public Map<Long, String> names(NamedTable table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Map<String, Object>> rows = namedJdbc.queryForList(
                "SELECT " + table.idColumn + " AS id, name FROM " + table.name + " WHERE " + table.idColumn + " IN (:ids)",
                Map.of("ids", ids));
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(),
                row -> (String) row.get("name")));
    }

    public enum NamedTable {
        INSTITUTION("institution", "id"), CENTRE("centre", "id"), STAFF("staff_member", "account_id");

        private final String name;
        private final String idColumn;

        NamedTable(String name, String idColumn) {
            this.name = name;
            this.idColumn = idColumn;
        }
    }
}
