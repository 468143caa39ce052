package com.gongxuhui.score.ledger;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.score.monitoring.MonitoringScope;
import com.gongxuhui.score.organisation.Organisation;
import com.gongxuhui.score.rule.RuleCode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A broker's points, entry by entry. He reads his own; his institution's administrator, his centre's
 * administrator and the bureau managers of his region read them too. A broker out of the caller's sight is not
 * found (404); a caller who may read no one else's ledger is refused (403).
 */
@Service
public class Ledger {

    private static final Set<Role> READERS_OF_OTHERS = Set.of(Role.INST_ADMIN, Role.CENTER_ADMIN, Role.GOV_MANAGER);

    private final JdbcTemplate jdbc;
    private final Organisation organisation;
    private final MonitoringScope scope;
    private final MessageSource messages;
    private final ForeignObjects foreignObjects;

    public Ledger(JdbcTemplate jdbc, Organisation organisation, MonitoringScope scope, MessageSource messages,
            ForeignObjects foreignObjects) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.scope = scope;
        this.messages = messages;
        this.foreignObjects = foreignObjects;
    }

    PageView<LedgerEntryView> entries(CurrentUser user, Long staffId, LocalDate from, LocalDate to, PageQuery page) {
        long staff = staffId == null ? user.id() : staffId;
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("PERIOD_INVALID", from, to);
        }
        requireReadable(user, staff);
        Date first = Date.valueOf(from == null ? LocalDate.of(2000, 1, 1) : from);
        Date last = Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE staff_id = ? AND occurred_on BETWEEN ? AND ?",
                Long.class, staff, first, last);
        List<LedgerEntryView> items = jdbc.query("""
                SELECT * FROM ledger_entry WHERE staff_id = ? AND occurred_on BETWEEN ? AND ?
                ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?""",
                (rs, n) -> {
                    RuleCode rule = RuleCode.valueOf(rs.getString("rule_code"));
                    return new LedgerEntryView(rs.getLong("id"), rs.getLong("staff_id"), rs.getInt("points"), rule,
                            rs.getLong("rule_id"), reason(rule), rs.getString("source_event_type"),
                            rs.getString("source_event_id"), rs.getObject("demand_id", Long.class),
                            rs.getObject("institution_id", Long.class), rs.getObject("centre_id", Long.class),
                            rs.getString("region_code"), rs.getTimestamp("occurred_at").toInstant(),
                            rs.getDate("occurred_on").toLocalDate());
                },
                staff, first, last, page.sizeOrDefault(), (long) (page.pageOrDefault() - 1) * page.sizeOrDefault());
        return new PageView<>(items, total == null ? 0 : total, page.pageOrDefault(), page.sizeOrDefault());
    }

    private void requireReadable(CurrentUser user, long staffId) {
        if (staffId == user.id()) {
            return;
        }
        if (READERS_OF_OTHERS.stream().noneMatch(user::hasRole)) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        foreignObjects.requireInScope(user.id(), organisation.staff(staffId).orElse(null), staff ->
                user.hasRole(Role.INST_ADMIN) && Objects.equals(user.institutionId(), staff.institutionId())
                || user.hasRole(Role.CENTER_ADMIN) && Objects.equals(user.centreId(), staff.centreId())
                || scope.managesRegion(user, staff.regionCode()), "staff", staffId, "STAFF_NOT_FOUND");
    }

    private String reason(RuleCode rule) {
        return messages.getMessage("rule." + rule.name(), null, rule.name(), LocaleContextHolder.getLocale());
    }
}
