package com.gongxuhui.score.region;

import com.gongxuhui.org.api.region.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Zhejiang's region tree and the mountain-county lists, held in memory so that no monitoring query calls
 * another service. They are read from copies of org-service's reference files ({@code reference/*.csv}):
 * org-service answers region questions only to a signed-in caller, and score-service has no caller at start-up.
 * A change of the reference data is copied here with org-service's migration.
 */
@Component
public class RegionDirectory {

    private final Map<String, RegionEntry> regions = new LinkedHashMap<>();
    private final List<MountainMembership> mountainCounties = new ArrayList<>();

    public RegionDirectory() {
        for (String[] row : rows("reference/zhejiang-regions.csv")) {
            regions.put(row[0], new RegionEntry(row[0], row[1], RegionLevel.valueOf(row[2]),
                    row.length > 3 && !row[3].isEmpty() ? row[3] : null));
        }
        for (String[] row : rows("reference/mountain-counties.csv")) {
            mountainCounties.add(new MountainMembership(row[0], dateOrNull(row, 2), dateOrNull(row, 3)));
        }
    }

    public Optional<RegionEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The county of a region code, or "" when the code names no county (a city, the province, nothing). */
    public String countyOf(String code) {
        return find(code).filter(region -> region.level() == RegionLevel.COUNTY).map(RegionEntry::code).orElse("");
    }

    /** The city of a county or city code, or "" for the province and unknown codes. */
    public String cityOf(String code) {
        return find(code).map(region -> switch (region.level()) {
            case PROVINCE -> "";
            case CITY -> region.code();
            case COUNTY -> region.parentCode();
        }).orElse("");
    }

    public String name(String code) {
        return find(code).map(RegionEntry::name).orElse(code);
    }

    /** Whether {@code inner} is {@code outer} or lies under it. */
    public boolean contains(String outer, String inner) {
        for (String code = inner; code != null; code = find(code).map(RegionEntry::parentCode).orElse(null)) {
            if (code.equals(outer)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMountainCounty(String code, LocalDate date) {
        return mountainCounties.stream().anyMatch(membership -> membership.code().equals(code)
                && (membership.from() == null || !date.isBefore(membership.from()))
                && (membership.to() == null || !date.isAfter(membership.to())));
    }

    public List<RegionEntry> counties() {
        return regions.values().stream().filter(region -> region.level() == RegionLevel.COUNTY).toList();
    }

    private static LocalDate dateOrNull(String[] row, int index) {
        return row.length > index && !row[index].isEmpty() ? LocalDate.parse(row[index]) : null;
    }

    private static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Reference data missing: " + resource, e);
        }
    }

    public record RegionEntry(String code, String name, RegionLevel level, String parentCode) {
    }

    private record MountainMembership(String code, LocalDate from, LocalDate to) {
    }
}
