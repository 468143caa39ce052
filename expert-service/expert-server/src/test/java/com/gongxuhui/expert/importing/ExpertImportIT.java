package com.gongxuhui.expert.importing;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.expert.Organisations;
import com.gongxuhui.expert.Organisations.Institution;
import com.gongxuhui.expert.WithOrgService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The expert import (导入专家信息) as an administrator uploads a workbook, on the real stack. */
class ExpertImportIT extends WithOrgService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static Institution a;

    @BeforeAll
    static void organisation() {
        a = Organisations.institution("330106");
    }

    @Test
    void theTemplateIsAWorkbookWithTheImportColumns() throws Exception {
        HttpResponse<byte[]> template = HTTP.send(HttpRequest.newBuilder(uri("/api/experts/import-template"))
                .header("Authorization", a.admin()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template.body()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(cell -> columns.add(cell.getStringCellValue()));
            assertThat(columns).containsExactly("姓名", "手机号", "所属机构", "职称", "研究领域", "简介");
        }
    }

    @Test
    void validRowsAreSavedInvalidOnesReportedAndAReImportCreatesNothing() throws Exception {
        String first = phone();
        String second = phone();
        byte[] file = workbook(List.of(
                row("赵一", first, "浙江大学", "教授", "新材料、ADVANCED_MANUFACTURING", "简介"),
                row("钱二", "1234567", "浙江工业大学", "", "新材料", ""),
                row("孙三", first, "浙江大学", "", "新材料", ""),
                row("李四", second, "中国美院", "副教授", "新材料；占星术", ""),
                row("", "", "", "", "", ""),
                row("周五", phone(), "", "", "", ""),
                row("吴六", second, "之江实验室", "研究员", "电子信息", "")));
        long before = count();

        JsonNode report = upload(file, "experts.xlsx", 200);

        assertThat(report.path("rows").asInt()).isEqualTo(6);
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("problems").toString()).as(report.toString())
                .contains("{\"row\":3,\"code\":\"PHONE_INVALID\"").contains("{\"row\":4,\"code\":\"PHONE_TAKEN\"")
                .contains("{\"row\":5,\"code\":\"FIELD_UNKNOWN\"").contains("占星术")
                .contains("{\"row\":7,\"code\":\"FIELDS_MISSING\"");
        assertThat(count()).isEqualTo(before + 2);
        assertThat(jdbc.queryForList("SELECT field_code FROM expert_field f JOIN expert e ON e.id = f.expert_id "
                + "WHERE e.phone = ? ORDER BY field_code", String.class, first))
                .containsExactly("ADVANCED_MANUFACTURING", "NEW_MATERIALS");
        assertThat(jdbc.queryForObject("SELECT institution_id FROM expert WHERE phone = ?", Long.class, second))
                .isEqualTo(a.id());
        for (Long id : jdbc.queryForList("SELECT id FROM expert WHERE phone IN (?, ?)", Long.class, first, second)) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'ExpertCreated' "
                    + "AND aggregate_id = ?", Long.class, id.toString())).isEqualTo(1);
        }

        JsonNode again = upload(file, "experts.xlsx", 200);

        assertThat(again.path("created").asInt()).isZero();
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void moreThanFiveThousandRowsOrNoWorkbookAtAllAreRefusedAndNothingIsStored() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            rows.add(row("专家" + i, String.format("139%08d", i), "", "", "新材料", ""));
        }
        long before = count();

        assertThat(upload(workbook(rows), "big.xlsx", 400).path("code").asText()).isEqualTo("IMPORT_TOO_MANY_ROWS");
        assertThat(upload("姓名,手机号\n张三,13900000000".getBytes(StandardCharsets.UTF_8), "experts.csv", 400)
                .path("code").asText()).isEqualTo("IMPORT_FILE_INVALID");
        HttpResponse<String> notMultipart = HTTP.send(HttpRequest.newBuilder(uri("/api/experts/import"))
                .header("Authorization", a.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).isEqualTo(415);
        HttpResponse<String> byStaff = send(multipart(workbook(List.of()), "x.xlsx"), a.staff());
        assertThat(byStaff.statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theRowCapIsCheckedWhileTheSheetIsReadSoNothingPastItIsInflated() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= ExpertWorkbook.MAX_ROWS; i++) {
            rows.add(row("专家" + i, String.format("137%08d", i), "", "", "新材料", ""));
        }
        // After the first row over the cap the sheet is cut off in the middle of a cell and never closed: a reader
        // that builds the whole sheet first cannot parse it (IMPORT_FILE_INVALID); one that counts rows as they
        // stream by has stopped before it gets there.
        byte[] cutOff = withSheetTail(workbook(rows), "<row r=\"" + (ExpertWorkbook.MAX_ROWS + 3)
                + "\"><c r=\"A" + (ExpertWorkbook.MAX_ROWS + 3) + "\" t=\"inlineStr\"><is><t>" + "x".repeat(1 << 20));
        long before = count();

        JsonNode refused = upload(cutOff, "big.xlsx", 400);

        assertThat(refused.path("code").asText()).as(refused.toString()).isEqualTo("IMPORT_TOO_MANY_ROWS");
        assertThat(refused.path("type").asText()).isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("no workbook here".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThat(upload(zip.toByteArray(), "experts.xlsx", 400).path("code").asText()).isEqualTo("IMPORT_FILE_INVALID");
    }

    /** The workbook with its sheet's XML ending after its last row, followed by {@code tail}. */
    private static byte[] withSheetTail(byte[] workbook, String tail) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    content = (sheet.substring(0, sheet.lastIndexOf("</row>") + "</row>".length()) + tail)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return rewritten.toByteArray();
    }

    private JsonNode upload(byte[] file, String filename, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(multipart(file, filename), a.admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(Multipart body, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/api/experts/import")).header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + body.boundary())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Multipart(String boundary, byte[] bytes) {
    }

    private static Multipart multipart(byte[] file, String filename) throws IOException {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, out.toByteArray());
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("专家");
            Row header = sheet.createRow(0);
            List<String> columns = ExpertWorkbook.COLUMNS;
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM expert", Long.class);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
