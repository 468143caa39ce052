package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.score.monitoring.PerformanceSummary.MountainCounties;
import com.gongxuhui.score.monitoring.PerformanceSummary.RegionFigures;
import com.gongxuhui.score.monitoring.PerformanceTrend.MonthFlows;
import com.gongxuhui.score.monitoring.RollupQueries.CountyFigures;
import com.gongxuhui.score.monitoring.RollupQueries.SubjectFigures;
import com.gongxuhui.score.monitoring.RollupQueries.SubjectPage;
import com.gongxuhui.score.organisation.Organisation;
import com.gongxuhui.score.region.RegionDirectory;
import com.gongxuhui.score.tally.Measure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The monitoring views, answered from score-service's own rollups and running totals within the viewer's scope. */
@Service
public class Performance {

    /** An export holds every row of a view; this bounds it (the province has about 10,000 brokers). */
    static final int EXPORT_LIMIT = 100_000;
    /** A trend is a chart: five years of months are as many points as it can show. */
    static final int TREND_MONTHS_LIMIT = 60;

    private final RollupQueries queries;
    private final StaffRanking staffRanking;
    private final MonitoringScope scope;
    private final Organisation organisation;
    private final RegionDirectory regions;
    private final Clock clock;

    public Performance(RollupQueries queries, StaffRanking staffRanking, MonitoringScope scope,
            Organisation organisation, RegionDirectory regions, Clock clock) {
        this.queries = queries;
        this.staffRanking = staffRanking;
        this.scope = scope;
        this.organisation = organisation;
        this.regions = regions;
        this.clock = clock;
    }

    PageView<Row> page(PerformanceView view, CurrentUser user, PerformanceQuery query, PageQuery page) {
        Prepared prepared = prepare(view, user, query);
        long offset = (long) (page.pageOrDefault() - 1) * page.sizeOrDefault();
        SubjectPage figures = figures(view, prepared, offset, page.sizeOrDefault());
        return new PageView<>(rows(view, figures.rows()), figures.total(), page.pageOrDefault(), page.sizeOrDefault());
    }

    List<Row> all(PerformanceView view, CurrentUser user, PerformanceQuery query) {
        return rows(view, figures(view, prepare(view, user, query), 0, EXPORT_LIMIT).rows());
    }

    /** Brokers from their running totals, institutions and centres from the rollups. */
    private SubjectPage figures(PerformanceView view, Prepared prepared, long offset, int limit) {
        return view == PerformanceView.STAFF
                ? staffRanking.page(view, prepared.period.from(), prepared.period.to(), prepared.filter, prepared.sort,
                        offset, limit)
                : queries.page(view, prepared.period.from(), prepared.period.to(), prepared.filter, prepared.sort,
                        offset, limit);
    }

    PerformanceSummary summary(CurrentUser user, PerformanceQuery query) {
        RollupFilter filter = scope.filterFor(user, query.regionCode());
        ReportPeriod period = ReportPeriod.of(query.from(), query.to(), clock);
        List<CountyFigures> byCounty = queries.byCounty(period.from(), period.to(), filter);
        Map<String, Map<Measure, Long>> counties = new TreeMap<>();
        Map<String, Map<Measure, Long>> cities = new TreeMap<>();
        Map<Measure, Long> totals = new EnumMap<>(Measure.class);
        for (CountyFigures row : byCounty) {
            totals = Figures.add(totals, row.figures());
            if (!row.countyCode().isEmpty()) {
                counties.merge(row.countyCode(), row.figures(), Figures::add);
            }
            if (!row.cityCode().isEmpty()) {
                cities.merge(row.cityCode(), row.figures(), Figures::add);
            }
        }
        List<String> mountainCodes = regions.counties().stream().map(RegionDirectory.RegionEntry::code)
                .filter(code -> regions.isMountainCounty(code, period.to()))
                .filter(code -> filter.countyCode() == null || filter.countyCode().equals(code))
                .filter(code -> filter.cityCode() == null || filter.cityCode().equals(regions.cityOf(code))).toList();
        Map<Measure, Long> mountain = new EnumMap<>(Measure.class);
        for (String code : mountainCodes) {
            mountain = Figures.add(mountain, counties.getOrDefault(code, Map.of()));
        }
        return new PerformanceSummary(period.from(), period.to(), Figures.of(totals), regionFigures(cities),
                regionFigures(counties), new MountainCounties(mountainCodes, Figures.of(mountain)));
    }

    PerformanceTrend trend(CurrentUser user, PerformanceQuery query) {
        RollupFilter filter = scope.filterFor(user, query.regionCode());
        ReportPeriod period = ReportPeriod.of(query.from(), query.to(), clock);
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        if (first.until(last, ChronoUnit.MONTHS) + 1 > TREND_MONTHS_LIMIT) {
            throw ProblemException.badRequest("PERIOD_TOO_LONG", TREND_MONTHS_LIMIT);
        }
        Map<LocalDate, Map<Measure, Long>> flows = queries.flowsByMonth(period.from(), period.to(), filter);
        List<MonthFlows> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Figures figures = Figures.of(flows.getOrDefault(month.atDay(1), Map.of()));
            months.add(new MonthFlows(month.toString(), figures.demandsDocked(), figures.deals(), figures.points(),
                    figures.demandsMined(), figures.enterprisesVisited()));
        }
        return new PerformanceTrend(period.from(), period.to(), months);
    }

    private List<RegionFigures> regionFigures(Map<String, Map<Measure, Long>> byRegion) {
        return byRegion.entrySet().stream()
                .map(entry -> new RegionFigures(entry.getKey(), regions.name(entry.getKey()), Figures.of(entry.getValue())))
                .toList();
    }

    private Prepared prepare(PerformanceView view, CurrentUser user, PerformanceQuery query) {
        RollupFilter filter = scope.filterFor(user, query.regionCode());
        return new Prepared(ReportPeriod.of(query.from(), query.to(), clock), filter,
                PerformanceSort.parse(view, query.sort()));
    }

    private List<Row> rows(PerformanceView view, List<SubjectFigures> figures) {
        Map<Long, String> names = organisation.names(view.names(),
                figures.stream().map(SubjectFigures::subjectId).toList());
        return figures.stream().map(row -> new Row(row.subjectId(), names.get(row.subjectId()), row.institutionId(),
                row.figures())).toList();
    }

    /** One line of a view: whose, and its figures by measure (the view decides which columns show). */
    record Row(long id, String name, long institutionId, Map<Measure, Long> figures) {

        long get(Measure measure) {
            return figures.getOrDefault(measure, 0L);
        }
    }

    private record Prepared(ReportPeriod period, RollupFilter filter, PerformanceSort sort) {
    }
}
