package com.gongxuhui.org.region;

import com.gongxuhui.org.api.region.RegionLevel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Zhejiang's regions and the mountain-county membership, for every part of org-service that needs them: the
 * region endpoints, data scopes (a bureau manager sees his region and everything under it), and checks that a
 * centre or an account is placed in a real region.
 *
 * <p>Read from the database on first use and then kept in memory: the data is small (about a hundred regions)
 * and changes only by migration, that is with a new deployment.
 *
 * <p>Methods that navigate from a code ({@link #get}, {@link #children}, {@link #ancestors},
 * {@link #descendants}) refuse an unknown code with the problem {@code REGION_NOT_FOUND} (404). The questions
 * ({@link #find}, {@link #isWithin}, {@link #isMountainCounty}) answer "no" for it instead.
 */
@Component
public class Regions {

    /** Should two lists overlap on a day, a county counts under the one that started last. */
    private static final Comparator<MountainCountyMembership> STARTED_LATER = Comparator.comparing(
            MountainCountyMembership::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final JdbcTemplate jdbc;
    private volatile ReferenceData data;

    public Regions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The region with this code, if there is one. */
    public Optional<Region> find(String code) {
        return data().tree().find(code);
    }

    /** The region with this code. */
    public Region get(String code) {
        return data().tree().get(code);
    }

    /** The regions at the top of the tree: the province. */
    public List<Region> roots() {
        return data().tree().roots();
    }

    /** The regions directly under this one, in code order (a county has none). */
    public List<Region> children(String code) {
        return data().tree().children(code);
    }

    /** The regions above this one, the province first; empty for the province. */
    public List<Region> ancestors(String code) {
        return data().tree().ancestors(code);
    }

    /**
     * The codes of this region and of every region under it, itself first: the area a bureau manager of this
     * region oversees (a city: the city and its counties; the province: everything).
     */
    public List<String> descendants(String code) {
        return data().tree().descendants(code).stream().map(Region::code).toList();
    }

    /**
     * Whether {@code code} is {@code ancestorCode} or lies under it: a county is within itself, its city and the
     * province; a city is not within its counties. False when either code is unknown.
     */
    public boolean isWithin(String code, String ancestorCode) {
        return data().tree().isWithin(code, ancestorCode);
    }

    /** Whether the county was on a mountain-county list on that date (a date in Zhejiang, both ends inclusive). */
    public boolean isMountainCounty(String code, LocalDate date) {
        return mountainCountyMembership(code, date).isPresent();
    }

    /** The county's mountain-county membership in force on that date, naming its list. */
    public Optional<MountainCountyMembership> mountainCountyMembership(String code, LocalDate date) {
        return Optional.ofNullable(membershipsInForceOn(date).get(code));
    }

    /** The memberships in force on that date, one per county, in code order. */
    public List<MountainCountyMembership> mountainCounties(LocalDate date) {
        return List.copyOf(membershipsInForceOn(date).values());
    }

    private SortedMap<String, MountainCountyMembership> membershipsInForceOn(LocalDate date) {
        return data().memberships().stream()
                .filter(membership -> membership.inForceOn(date))
                .collect(Collectors.toMap(MountainCountyMembership::code, membership -> membership,
                        BinaryOperator.maxBy(STARTED_LATER), TreeMap::new));
    }

    private ReferenceData data() {
        ReferenceData loaded = data;
        if (loaded == null) {
            synchronized (this) {
                if (data == null) {
                    data = load();
                }
                loaded = data;
            }
        }
        return loaded;
    }

    /** Plain JDBC: the tables are only ever read whole, once. */
    private ReferenceData load() {
        List<Region> regions = jdbc.query("SELECT code, name, level, parent_code FROM region",
                (rs, row) -> new Region(rs.getString("code"), rs.getString("name"),
                        RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code")));
        List<MountainCountyMembership> memberships = jdbc.query(
                "SELECT code, list_name, effective_from, effective_to FROM mountain_county_membership",
                (rs, row) -> new MountainCountyMembership(rs.getString("code"), rs.getString("list_name"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class)));
        return new ReferenceData(new RegionTree(regions), memberships);
    }

    private record ReferenceData(RegionTree tree, List<MountainCountyMembership> memberships) {
    }
}
