package com.gongxuhui.score.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The summary of a period in the viewer's scope: totals, each city and county, and the mountain counties (as
 * listed on the period's last day) as one group.
 */
public record PerformanceSummary(LocalDate from, LocalDate to, Figures totals, List<RegionFigures> cities,
        List<RegionFigures> counties, MountainCounties mountainCounties) {

    public record RegionFigures(String regionCode, String name, Figures figures) {
    }

    public record MountainCounties(List<String> regionCodes, Figures figures) {
    }
}
