package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.monitoring.Performance.Row;
import com.gongxuhui.score.tally.Measure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A monitoring view as the .xlsx bureaus work with: a header row in the caller's language ({@code export.*}
 * messages), then one row per institution, centre or broker with the same columns as the JSON view.
 */
@Component
class PerformanceWorkbook {

    private final MessageSource messages;

    PerformanceWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(PerformanceView view, Iterable<Row> rows) {
        // streaming: a province-wide staff view has some 10,000 rows, kept 100 at a time in memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(label("export.sheet." + view.name()));
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue(label("export.column.id"));
            header.createCell(1).setCellValue(label("export.column.name"));
            int column = 2;
            for (String name : view.columns().keySet()) {
                header.createCell(column++).setCellValue(label("export.column." + name));
            }
            int rowNumber = 1;
            for (Row row : rows) {
                var line = sheet.createRow(rowNumber++);
                line.createCell(0).setCellValue(row.id());
                line.createCell(1).setCellValue(row.name() == null ? "" : row.name());
                column = 2;
                for (Map.Entry<String, Measure> entry : view.columns().entrySet()) {
                    line.createCell(column++).setCellValue(row.get(entry.getValue()));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
