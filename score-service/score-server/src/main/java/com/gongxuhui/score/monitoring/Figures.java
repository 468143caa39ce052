package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.tally.Measure;
import java.util.EnumMap;
import java.util.Map;

/** Every measure of a region or group: the summary's cells. */
public record Figures(long experts, long staff, long demandsDocked, long deals, long points, long demandsMined,
        long enterprisesVisited) {

    static Figures of(Map<Measure, Long> figures) {
        return new Figures(figures.getOrDefault(Measure.EXPERTS, 0L), figures.getOrDefault(Measure.STAFF, 0L),
                figures.getOrDefault(Measure.DEMANDS_DOCKED, 0L), figures.getOrDefault(Measure.DEALS, 0L),
                figures.getOrDefault(Measure.POINTS, 0L), figures.getOrDefault(Measure.DEMANDS_MINED, 0L),
                figures.getOrDefault(Measure.VISITS, 0L));
    }

    static Map<Measure, Long> add(Map<Measure, Long> sum, Map<Measure, Long> figures) {
        Map<Measure, Long> result = new EnumMap<>(Measure.class);
        result.putAll(sum);
        figures.forEach((measure, value) -> result.merge(measure, value, Long::sum));
        return result;
    }
}
