package com.gongxuhui.expert.importing;

import com.gongxuhui.common.web.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The import workbook (导入专家信息): its template, and reading its rows. Columns, in this order: 姓名, 手机号,
 * 所属机构, 职称, 研究领域 (names or codes of the field dictionary, separated by 、 , ， ; or ；), 简介.
 */
@Component
class ExpertWorkbook {

    static final int MAX_ROWS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(ExpertWorkbook.class);
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

    /**
     * The non-blank data rows of the first sheet; 400 when the file is no readable .xlsx or holds more than
     * {@link #MAX_ROWS}. The sheet is read as a stream of rows (POI's event API over a temporary copy of the
     * upload, whose parts are inflated as they are read) and the reading stops at the first row over the cap:
     * a sheet of any size costs no more than {@link #MAX_ROWS} rows in the heap. The shared-strings part is
     * still read whole, bounded by POI's zip-bomb limits.
     */
    List<ImportRow> read(InputStream file) {
        Path copy = null;
        try {
            copy = Files.createTempFile("expert-import-", ".xlsx");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                return rowsOfFirstSheet(workbook);
            }
        } catch (RowCollector.CapPassed tooMany) {
            throw ProblemException.badRequest("IMPORT_TOO_MANY_ROWS", MAX_ROWS);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException notAWorkbook) {
            // POI reports a file that is not .xlsx (or is damaged) with various exceptions: all are the sender's fault.
            throw ProblemException.badRequest("IMPORT_FILE_INVALID");
        } finally {
            deleteQuietly(copy);
        }
    }

    private List<ImportRow> rowsOfFirstSheet(OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IllegalArgumentException("a workbook without a sheet");
        }
        RowCollector rows = new RowCollector(COLUMNS.size(), MAX_ROWS);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook),
                rows, formatter, false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
        return rows.rows();
    }

    private static void deleteQuietly(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            log.warn("Could not delete the import copy {}: {}", copy, e.getMessage());
        }
    }
}
