package com.gongxuhui.expert.importing;

import com.gongxuhui.common.web.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The import workbook (导入专家信息): its template, and reading its rows. Columns, in this order: 姓名, 手机号,
 * 所属机构, 职称, 研究领域 (names or codes of the field dictionary, separated by 、 , ， ; or ；), 简介.
 */
@Component
class ExpertWorkbook {

    static final int MAX_ROWS = 5_000;
    static final List<String> COLUMNS = List.of("姓名", "手机号", "所属机构", "职称", "研究领域", "简介");

    private final DataFormatter formatter = new DataFormatter();

    byte[] template() {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("专家");
            // The phone column is text, so that Excel keeps an 11-digit number as typed.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            sheet.setDefaultColumnStyle(1, text);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                sheet.setColumnWidth(i, 20 * 256);
            }
            Row example = sheet.createRow(1);
            List<String> sample = List.of("张三", "13900000000", "浙江大学", "教授", "新材料、先进制造与自动化", "示例行，导入前请删除");
            for (int i = 0; i < sample.size(); i++) {
                example.createCell(i).setCellValue(sample.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank data rows; 400 when the file is no readable .xlsx or holds more than {@link #MAX_ROWS}. */
    List<ImportRow> read(InputStream file) {
        try (Workbook workbook = new XSSFWorkbook(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<ImportRow> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || isBlank(row)) {
                    continue;
                }
                rows.add(new ImportRow(i + 1, text(row, 0), text(row, 1), text(row, 2), text(row, 3), text(row, 4),
                        text(row, 5)));
            }
            if (rows.size() > MAX_ROWS) {
                throw ProblemException.badRequest("IMPORT_TOO_MANY_ROWS", rows.size(), MAX_ROWS);
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI reports a file that is not .xlsx (or is damaged) with various exceptions: all are the sender's fault.
            throw ProblemException.badRequest("IMPORT_FILE_INVALID");
        }
    }

    private boolean isBlank(Row row) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (text(row, i) != null) {
                return false;
            }
        }
        return true;
    }

    private String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell).trim();
        return value.isEmpty() ? null : value;
    }
}
