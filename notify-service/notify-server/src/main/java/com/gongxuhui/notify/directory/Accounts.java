package com.gongxuhui.notify.directory;

import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.AccountDisabled;
import com.gongxuhui.org.api.StaffMoved;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The accounts of org-service as its events describe them (the read model {@code known_account}): whom to tell
 * about a demand, on which phone. A disabled account is kept but never told anything again.
 */
@Service
public class Accounts {

    private static final RowMapper<KnownAccount> ROW = (rs, n) -> new KnownAccount(rs.getLong("account_id"),
            rs.getString("name"), rs.getString("phone"), (Long) rs.getObject("institution_id", Long.class));
    private static final String SELECT = "SELECT account_id, name, phone, institution_id FROM known_account ";

    private final JdbcTemplate jdbc;

    public Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void created(AccountCreated event) {
        String roles = event.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        // the new values bound again in the update: VALUES() there is deprecated in MySQL 8.4, the row alias is
        // not MariaDB's (docs/architecture.md)
        jdbc.update("INSERT INTO known_account (account_id, name, phone, roles, institution_id, centre_id, region_code) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = ?, phone = ?, roles = ?, "
                        + "institution_id = ?, centre_id = ?, region_code = ?",
                event.accountId(), event.name(), event.phone(), roles, event.coordinates().institutionId(),
                event.coordinates().centreId(), event.coordinates().regionCode(),
                event.name(), event.phone(), roles, event.coordinates().institutionId(),
                event.coordinates().centreId(), event.coordinates().regionCode());
    }

    public void moved(StaffMoved event) {
        jdbc.update("UPDATE known_account SET centre_id = ?, region_code = ? WHERE account_id = ?", event.toCentreId(),
                event.toRegionCode(), event.accountId());
    }

    public void disabled(AccountDisabled event) {
        jdbc.update("UPDATE known_account SET disabled = TRUE WHERE account_id = ?", event.accountId());
    }

    /** The account, unless it is unknown or disabled. */
    public Optional<KnownAccount> active(long accountId) {
        return jdbc.query(SELECT + "WHERE account_id = ? AND disabled = FALSE", ROW, accountId).stream().findFirst();
    }

    /** The active institution administrators of these institutions. */
    public List<KnownAccount> administratorsOf(Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + "WHERE disabled = FALSE AND roles LIKE '%INST_ADMIN%' AND institution_id IN ("
                + String.join(", ", Collections.nCopies(institutionIds.size(), "?")) + ") ORDER BY account_id", ROW,
                institutionIds.toArray());
    }

    /** Every active institution administrator but those of {@code excluded} (a demand opened to all others). */
    public List<KnownAccount> administratorsExcept(Long excluded) {
        return jdbc.query(SELECT + "WHERE disabled = FALSE AND roles LIKE '%INST_ADMIN%' AND institution_id IS NOT NULL "
                + "AND institution_id <> ? ORDER BY account_id", ROW, excluded == null ? -1L : excluded);
    }
}
