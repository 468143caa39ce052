package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.score.monitoring.Performance.Row;
import com.gongxuhui.score.tally.Measure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 绩效监测: per institution, per local centre, per broker and a summary, for a period (default: the year so far),
 * optionally narrowed to a region inside the caller's scope, sorted ({@code sort=points,desc}) and paged; each view
 * also as an .xlsx download.
 */
@RestController
@RequestMapping("/api/performance")
@Tag(name = "performance", description = "Performance monitoring for bureaus and institution administrators")
class PerformanceController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Performance performance;
    private final PerformanceWorkbook workbook;
    private final CurrentUserAccessor currentUser;

    PerformanceController(Performance performance, PerformanceWorkbook workbook, CurrentUserAccessor currentUser) {
        this.performance = performance;
        this.workbook = workbook;
        this.currentUser = currentUser;
    }

    @GetMapping("/institutions")
    @Operation(summary = "技转机构监测: experts, staff, demands docked, deals, points per institution")
    PageView<InstitutionPerformance> institutions(@Valid PerformanceQuery query, @Valid PageQuery page) {
        return map(performance.page(PerformanceView.INSTITUTIONS, currentUser.current(), query, page),
                row -> new InstitutionPerformance(row.id(), row.name(),
                row.get(Measure.EXPERTS), row.get(Measure.STAFF), row.get(Measure.DEMANDS_DOCKED),
                row.get(Measure.DEALS), row.get(Measure.POINTS)));
    }

    @GetMapping("/centres")
    @Operation(summary = "地域监测: demands docked, deals, points per local centre")
    PageView<CentrePerformance> centres(@Valid PerformanceQuery query, @Valid PageQuery page) {
        return map(performance.page(PerformanceView.CENTRES, currentUser.current(), query, page),
                row -> new CentrePerformance(row.id(), row.name(),
                row.institutionId(), row.get(Measure.DEMANDS_DOCKED), row.get(Measure.DEALS), row.get(Measure.POINTS)));
    }

    @GetMapping("/staff")
    @Operation(summary = "技转人员监测: points, projects, demands mined, enterprises visited per broker")
    PageView<StaffPerformance> staff(@Valid PerformanceQuery query, @Valid PageQuery page) {
        return map(performance.page(PerformanceView.STAFF, currentUser.current(), query, page),
                row -> new StaffPerformance(row.id(), row.name(),
                row.institutionId(), row.get(Measure.POINTS), row.get(Measure.DEALS), row.get(Measure.DEMANDS_MINED),
                row.get(Measure.VISITS)));
    }

    @GetMapping("/summary")
    @Operation(summary = "Totals, per city, per county and the mountain counties as a group")
    PerformanceSummary summary(@Valid PerformanceQuery query) {
        return performance.summary(currentUser.current(), query);
    }

    @GetMapping("/trend")
    @Operation(summary = "Demands docked, deals, points, demands mined, visits month by month (at most 60 months)")
    PerformanceTrend trend(@Valid PerformanceQuery query) {
        return performance.trend(currentUser.current(), query);
    }

    @GetMapping("/{view:institutions|centres|staff}/export")
    @Operation(summary = "A monitoring view, every row, as an .xlsx workbook")
    ResponseEntity<byte[]> export(@PathVariable String view, @Valid PerformanceQuery query) {
        PerformanceView performanceView = PerformanceView.valueOf(view.toUpperCase());
        return xlsx("performance-" + view + ".xlsx",
                workbook.write(performanceView, performance.all(performanceView, currentUser.current(), query)));
    }

    @GetMapping("/summary/export")
    @Operation(summary = "The summary (totals, cities, counties, mountain counties) as an .xlsx workbook")
    ResponseEntity<byte[]> exportSummary(@Valid PerformanceQuery query) {
        return xlsx("performance-summary.xlsx", workbook.write(performance.summary(currentUser.current(), query)));
    }

    @GetMapping("/trend/export")
    @Operation(summary = "The trend, one row per month, as an .xlsx workbook")
    ResponseEntity<byte[]> exportTrend(@Valid PerformanceQuery query) {
        return xlsx("performance-trend.xlsx", workbook.write(performance.trend(currentUser.current(), query)));
    }

    private static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private static <T> PageView<T> map(PageView<Row> page, Function<Row, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.total(), page.page(), page.size());
    }
}
