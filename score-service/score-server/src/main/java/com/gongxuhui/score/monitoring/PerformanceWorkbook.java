package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.monitoring.Performance.Row;
import com.gongxuhui.score.monitoring.PerformanceSummary.RegionFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A monitoring view as the .xlsx bureaus work with: a header row in the caller's language ({@code export.*}
 * messages), then one row per institution, centre or broker with the same columns as the JSON view; the summary
 * as one row for the totals, each city, each county and the mountain counties; the trend as one row per month.
 */
@Component
class PerformanceWorkbook {

    /** The summary's figures, in the order of {@link Figures}. */
    private static final List<String> SUMMARY_COLUMNS = List.of("experts", "staff", "demandsDocked", "deals", "points",
            "demandsMined", "enterprisesVisited");

    /** The trend's flows, in the order of {@link PerformanceTrend.MonthFlows}. */
    private static final List<String> TREND_COLUMNS = List.of("demandsDocked", "deals", "points", "demandsMined",
            "enterprisesVisited");

    private final MessageSource messages;

    PerformanceWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(PerformanceView view, List<Row> rows) {
        List<String> header = new ArrayList<>(List.of(label("export.column.id"), label("export.column.name")));
        view.columns().keySet().forEach(column -> header.add(label("export.column." + column)));
        return sheet(label("export.sheet." + view.name()), header, rows.stream().map(row -> {
            List<Object> line = new ArrayList<>(List.of(row.id(), row.name() == null ? "" : row.name()));
            view.columns().values().forEach(measure -> line.add(row.get(measure)));
            return line;
        }));
    }

    byte[] write(PerformanceSummary summary) {
        List<String> header = new ArrayList<>(List.of(label("export.column.level"), label("export.column.regionCode"),
                label("export.column.name")));
        SUMMARY_COLUMNS.forEach(column -> header.add(label("export.column." + column)));
        Stream<List<Object>> lines = Stream.of(
                Stream.of(line(label("export.level.total"), "", label("export.summary.period", summary.from(), summary.to()),
                        summary.totals())),
                summary.cities().stream().map(city -> line(label("export.level.city"), city)),
                summary.counties().stream().map(county -> line(label("export.level.county"), county)),
                Stream.of(line(label("export.level.mountain"), String.join(",", summary.mountainCounties().regionCodes()),
                        label("export.summary.mountain"), summary.mountainCounties().figures())))
                .flatMap(stream -> stream);
        return sheet(label("export.sheet.SUMMARY"), header, lines);
    }

    /** The trend: one row per month, its flows in the columns of the summary's (stocks are not flows). */
    byte[] write(PerformanceTrend trend) {
        List<String> header = new ArrayList<>(List.of(label("export.column.month")));
        TREND_COLUMNS.forEach(column -> header.add(label("export.column." + column)));
        return sheet(label("export.sheet.TREND"), header, trend.months().stream().map(month -> List.<Object>of(month.month(),
                month.demandsDocked(), month.deals(), month.points(), month.demandsMined(), month.enterprisesVisited())));
    }

    private static List<Object> line(String level, RegionFigures region) {
        return line(level, region.regionCode(), region.name(), region.figures());
    }

    private static List<Object> line(String level, String code, String name, Figures figures) {
        return List.of(level, code, name == null ? "" : name, figures.experts(), figures.staff(), figures.demandsDocked(),
                figures.deals(), figures.points(), figures.demandsMined(), figures.enterprisesVisited());
    }

    private static byte[] sheet(String name, List<String> header, Stream<List<Object>> lines) {
        // streaming: a province-wide staff view has some 10,000 rows, kept 100 at a time in memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(name);
            var headerRow = sheet.createRow(0);
            for (int column = 0; column < header.size(); column++) {
                headerRow.createCell(column).setCellValue(header.get(column));
            }
            int[] rowNumber = {1};
            lines.forEach(values -> {
                var row = sheet.createRow(rowNumber[0]++);
                for (int column = 0; column < values.size(); column++) {
                    set(row.createCell(column), values.get(column));
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Figures stay numbers in the sheet, so that bureaus can add them up. */
    private static void set(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    private String label(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
