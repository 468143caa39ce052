package com.gongxuhui.score.rule;

import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.score.region.RegionDirectory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The point rules as data. The rule in force for an event is the one of the most specific region that has a
 * rule set valid on the event's day (county, then city, then province), and of that region the newest set.
 * Sets are only ever added, from today on, so that the past keeps the points it was given.
 */
@Service
public class RuleBook {

    private static final String PROVINCE = "330000";
    private static final RowMapper<ScoreRule> ROW = (rs, n) -> new ScoreRule(rs.getLong("id"),
            rs.getString("region_code"), rs.getDate("valid_from").toLocalDate(), RuleCode.valueOf(rs.getString("rule_code")),
            rs.getInt("points"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final RegionDirectory regions;
    private final Clock clock;

    public RuleBook(JdbcTemplate jdbc, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.regions = regions;
        this.clock = clock;
    }

    public Optional<ScoreRule> inForce(RuleCode code, String regionCode, LocalDate day) {
        List<String> specificFirst = Stream.of(regions.countyOf(regionCode), regions.cityOf(regionCode), PROVINCE)
                .filter(region -> !region.isEmpty()).distinct().toList();
        List<ScoreRule> candidates = namedJdbc.query("""
                SELECT id, region_code, valid_from, rule_code, points FROM score_rule
                WHERE rule_code = :code AND region_code IN (:regions) AND valid_from <= :day""",
                Map.of("code", code.name(), "regions", specificFirst, "day", Date.valueOf(day)), ROW);
        return candidates.stream().min(Comparator
                .comparingInt((ScoreRule rule) -> specificFirst.indexOf(rule.regionCode()))
                .thenComparing(ScoreRule::validFrom, Comparator.reverseOrder()));
    }

    public List<RuleSetView> list(String regionCode) {
        List<ScoreRule> rules = regionCode == null
                ? jdbc.query("SELECT * FROM score_rule ORDER BY region_code, valid_from DESC, rule_code", ROW)
                : jdbc.query("SELECT * FROM score_rule WHERE region_code = ? ORDER BY valid_from DESC, rule_code", ROW,
                        regionCode);
        Map<String, List<ScoreRule>> sets = new LinkedHashMap<>();
        rules.forEach(rule -> sets.computeIfAbsent(rule.regionCode() + "@" + rule.validFrom(), k -> new ArrayList<>())
                .add(rule));
        return sets.values().stream().map(this::view).toList();
    }

    @Transactional
    public RuleSetView add(RuleSetRequest request, long createdBy) {
        if (!regions.exists(request.regionCode())) {
            throw ProblemException.badRequest("REGION_UNKNOWN", request.regionCode());
        }
        if (request.validFrom().isBefore(LocalDate.now(clock.withZone(ProvinceTime.ZONE)))) {
            throw ProblemException.badRequest("RULE_SET_IN_THE_PAST", request.validFrom());
        }
        if (!request.points().keySet().containsAll(EnumSet.allOf(RuleCode.class))) {
            throw ProblemException.badRequest("RULE_SET_INCOMPLETE");
        }
        try {
            request.points().forEach((code, points) -> jdbc.update("""
                    INSERT INTO score_rule (region_code, valid_from, rule_code, points, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", request.regionCode(), Date.valueOf(request.validFrom()), code.name(),
                    points, createdBy, Timestamp.from(clock.instant())));
        } catch (DuplicateKeyException exists) {
            throw ProblemException.conflict("RULE_SET_EXISTS", request.regionCode(), request.validFrom());
        }
        return list(request.regionCode()).stream().filter(set -> set.validFrom().equals(request.validFrom()))
                .findFirst().orElseThrow();
    }

    private RuleSetView view(List<ScoreRule> set) {
        ScoreRule first = set.get(0);
        return new RuleSetView(first.regionCode(), regions.name(first.regionCode()), first.validFrom(),
                set.stream().map(rule -> new RuleSetView.RuleView(rule.id(), rule.code(), rule.points())).toList());
    }
}
