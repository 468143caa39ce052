package com.gongxuhui.score.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.test.EveryContextsCounters;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.score.ScoreEvents;
import com.gongxuhui.score.ScoreEvents.Province;
import com.gongxuhui.score.ScoreTestBase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Performance monitoring over a small province whose year of work arrives through the real broker: who sees
 * what (the scope matrix of every endpoint), the views equal a recomputation from the ledger and the activity
 * rows, bad input is a 4xx, and each view downloads as .xlsx.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceMonitoringIT extends ScoreTestBase {

    private static final String YEAR = "from=2026-01-01&to=2026-12-31";

    /** Field of each view (and the summary) → the measure it shows, as the ledger and activity rows name it. */
    private static final Map<String, Map<String, String>> COLUMNS = Map.of(
            "institutions", Map.of("experts", "EXPERTS", "staff", "STAFF", "demandsDocked", "DEMANDS_DOCKED",
                    "deals", "DEALS", "points", "POINTS"),
            "centres", Map.of("demandsDocked", "DEMANDS_DOCKED", "deals", "DEALS", "points", "POINTS"),
            "staff", Map.of("points", "POINTS", "projects", "DEALS", "demandsMined", "DEMANDS_MINED",
                    "enterprisesVisited", "VISITS"),
            "summary", Map.of("experts", "EXPERTS", "staff", "STAFF", "demandsDocked", "DEMANDS_DOCKED", "deals", "DEALS",
                    "points", "POINTS", "demandsMined", "DEMANDS_MINED", "enterprisesVisited", "VISITS"));
    private static final Map<String, String> ID_FIELD = Map.of("institutions", "institutionId", "centres", "centreId",
            "staff", "staffId");
    private static final Map<String, String> ID_COLUMN = Map.of("institutions", "institution_id", "centres", "centre_id",
            "staff", "staff_id");

    private final Province province = new Province();
    private final List<IntegrationEvent> events = new ArrayList<>();

    @BeforeAll
    void aYearOfWorkArrives() {
        events.addAll(province.organisation());
        events.addAll(province.work(150, 20261127L));
        events.addAll(province.movingBrokersWork());
        publishAndAwait(events);
    }

    @Test
    void eachViewShowsEachViewerExactlyHisScope() {
        Province p = province;
        Map<String, Map<String, Set<Object>>> expected = new LinkedHashMap<>();
        expected.put(manager("330000"), seen(Set.of(p.institutionA, p.institutionB), Set.of(p.centreA1, p.centreA2, p.centreB1),
                Set.of(p.brokerA1, p.brokerA2, p.brokerB1, p.movingBroker), Set.of("330106", "330127", "330324")));
        expected.put(manager("330100"), seen(Set.of(p.institutionA), Set.of(p.centreA1, p.centreA2),
                Set.of(p.brokerA1, p.brokerA2, p.movingBroker), Set.of("330106", "330127")));
        expected.put(manager("330300"), seen(Set.of(p.institutionB), Set.of(p.centreB1), Set.of(p.brokerB1),
                Set.of("330324")));
        expected.put(manager("330127"), seen(Set.of(p.institutionA), Set.of(p.centreA2),
                Set.of(p.brokerA2, p.movingBroker), Set.of("330127")));
        expected.put(institutionAdmin(p.institutionA), seen(Set.of(p.institutionA), Set.of(p.centreA1, p.centreA2),
                Set.of(p.brokerA1, p.brokerA2, p.movingBroker), Set.of("330106", "330127")));

        expected.forEach((viewer, views) -> views.forEach((view, ids) -> {
            Response response = api().get("/api/performance/" + view + "?size=100&" + YEAR, "Authorization", viewer);
            assertThat(response.status()).as(view + ": " + response.body()).isEqualTo(200);
            assertThat(idsIn(view, response.json())).as(view).isEqualTo(ids);
        }));

        for (String view : List.of("institutions", "centres", "staff", "summary", "trend")) {
            String path = "/api/performance/" + view + "?" + YEAR;
            assertThat(status(path + "&regionCode=330300", manager("330100"))).as("city → other city").isEqualTo(403);
            assertThat(status(path + "&regionCode=330100", manager("330300"))).as("other city → city").isEqualTo(403);
            assertThat(status(path + "&regionCode=330100", manager("330127"))).as("county → its city").isEqualTo(403);
            assertThat(status(path + "&regionCode=330106", manager("330127"))).as("county → other county").isEqualTo(403);
            assertThat(status(path + "&regionCode=330127", manager("330100"))).as("city → its county").isEqualTo(200);
            assertThat(status(path, bearer(p.brokerA1, "STAFF", Map.of("inst", p.institutionA)))).isEqualTo(403);
            assertThat(status(path, bearer(p.brokerA1, "CENTER_ADMIN", Map.of("inst", p.institutionA,
                    "centre", p.centreA1)))).isEqualTo(403);
            assertThat(status(path, bearer(ScoreEvents.nextId(), "EXPERT", Map.of()))).isEqualTo(403);
            assertThat(api().get(path).status()).isEqualTo(401);
        }
        Response narrowed = api().get("/api/performance/centres?size=100&regionCode=330106&" + YEAR, "Authorization",
                institutionAdmin(p.institutionA));
        assertThat(idsIn("centres", narrowed.json())).isEqualTo(Set.of(p.centreA1));
    }

    @Test
    void everyViewEqualsItsRecomputationFromTheLedgerAndTheActivity() {
        Map<String, String> viewers = Map.of("", manager("330000"), "region_code LIKE '3301%'", manager("330100"),
                "region_code = '330127'", manager("330127"), "institution_id = " + province.institutionA,
                institutionAdmin(province.institutionA));
        List<LocalDate[]> periods = List.of(period("2026-01-01", "2026-12-31"), period("2026-02-15", "2026-05-10"),
                period("2026-03-01", "2026-03-31"), period("2026-07-04", "2026-07-04"), period("2025-12-20", "2026-02-03"),
                period("2025-01-01", "2026-12-31"), period("2026-01-11", "2026-11-20"), period("2026-01-01", "2026-10-31"),
                period("2026-01-21", "2026-01-30"), period("2027-01-01", "2027-01-31"));
        int compared = 0;
        for (Map.Entry<String, String> viewer : viewers.entrySet()) {
            for (LocalDate[] period : periods) {
                String query = "?size=100&from=" + period[0] + "&to=" + period[1];
                for (String view : List.of("institutions", "centres", "staff")) {
                    JsonNode answer = api().get("/api/performance/" + view + query, "Authorization", viewer.getValue()).json();
                    assertThat(figuresIn(view, answer)).as(view + query + " " + viewer.getKey())
                            .isEqualTo(recomputed(view, period, viewer.getKey()));
                    assertThat(answer.path("total").asInt()).as("total " + view + query + " " + viewer.getKey())
                            .isEqualTo(answer.path("items").size());
                    compared++;
                }
                JsonNode summary = api().get("/api/performance/summary" + query, "Authorization", viewer.getValue()).json();
                assertThat(nonZero(figures("summary", summary.path("totals")))).as("totals" + query + viewer.getKey())
                        .isEqualTo(recomputed("summary", period, viewer.getKey()).getOrDefault(0L, Map.of()));
            }
        }
        assertThat(compared).isEqualTo(viewers.size() * periods.size() * 3);
        JsonNode province = api().get("/api/performance/summary?" + YEAR, "Authorization", manager("330000")).json();
        assertThat(nonZero(figures("summary", province.path("mountainCounties").path("figures"))))
                .isEqualTo(recomputed("summary", period("2026-01-01", "2026-12-31"), "region_code IN ('330127', '330324')")
                        .getOrDefault(0L, Map.of()));
        assertThat(province.path("mountainCounties").path("regionCodes").toString()).contains("330127", "330324")
                .doesNotContain("330106");
    }

    @Test
    void redeliveringEveryEventOfTheYearChangesNothing() {
        String before = everyView();
        double ignoredBefore = duplicatesIgnored();

        wire().sendAll(events);

        await().atMost(Duration.ofSeconds(90)).until(() -> duplicatesIgnored() >= ignoredBefore + events.size());
        assertThat(everyView()).isEqualTo(before);
    }

    @Test
    void viewsSortAndPage() {
        String province = manager("330000");
        JsonNode ascending = api().get("/api/performance/staff?sort=points,asc&size=100&" + YEAR, "Authorization",
                province).json();
        List<Long> points = new ArrayList<>();
        ascending.path("items").forEach(item -> points.add(item.path("points").asLong()));
        assertThat(points).isSorted().hasSize(4);
        JsonNode firstPage = api().get("/api/performance/staff?sort=points&size=1&page=1&" + YEAR, "Authorization",
                province).json();
        assertThat(firstPage.path("total").asLong()).isEqualTo(4);
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("items").get(0).path("points").asLong()).isEqualTo(points.get(points.size() - 1));
        assertThat(firstPage.path("items").get(0).path("name").asText()).isNotBlank();
        JsonNode pastTheEnd = api().get("/api/performance/staff?size=1&page=9&" + YEAR, "Authorization", province).json();
        assertThat(pastTheEnd.path("items")).isEmpty();
        assertThat(pastTheEnd.path("total").asLong()).as("counted without a row to carry it").isEqualTo(4);
        JsonNode institutionsPastTheEnd = api().get("/api/performance/institutions?size=1&page=9&" + YEAR,
                "Authorization", province).json();
        assertThat(institutionsPastTheEnd.path("total").asLong()).isEqualTo(2);
        JsonNode byExperts = api().get("/api/performance/institutions?sort=experts,asc&" + YEAR, "Authorization",
                province).json();
        assertThat(byExperts.path("items").get(0).path("experts").asLong()).isEqualTo(1);
        assertThat(byExperts.path("items").get(1).path("experts").asLong()).isEqualTo(2);
        JsonNode byDeals = api().get("/api/performance/institutions?sort=deals,desc&" + YEAR, "Authorization",
                province).json();
        assertThat(byDeals.path("items").get(0).path("deals").asLong())
                .isGreaterThanOrEqualTo(byDeals.path("items").get(1).path("deals").asLong());
    }

    @Test
    void badInputIsAClearProblemNeverAServerError() {
        String province = manager("330000");
        for (String view : List.of("institutions", "centres", "staff")) {
            String path = "/api/performance/" + view + "?";
            assertProblem(api().get(path + "sort=salary", "Authorization", province), 400, "SORT_UNKNOWN");
            assertProblem(api().get(path + "sort=points,sideways", "Authorization", province), 400, "SORT_UNKNOWN");
            assertProblem(api().get(path + "size=1000", "Authorization", province), 400, "VALIDATION_FAILED");
        }
        for (String view : List.of("institutions", "centres", "staff", "summary", "trend")) {
            String path = "/api/performance/" + view + "?";
            assertProblem(api().get(path + "from=2026-05-01&to=2026-04-01", "Authorization", province), 400,
                    "PERIOD_INVALID");
            assertProblem(api().get(path + "regionCode=339999", "Authorization", province), 400, "REGION_UNKNOWN");
            assertProblem(api().get(path + "regionCode=hangzhou", "Authorization", province), 400, "VALIDATION_FAILED");
            assertThat(api().get(path + "from=2026-13-01", "Authorization", province).status()).isEqualTo(400);
        }
        assertProblem(api().get("/api/performance/staff/export?sort=salary", "Authorization", province), 400,
                "SORT_UNKNOWN");
        assertProblem(api().get("/api/performance/trend?from=2021-12-31&to=2026-12-01", "Authorization", province),
                400, "PERIOD_TOO_LONG");
        assertThat(status("/api/performance/trend?from=2022-01-01&to=2026-12-31", province)).as("60 months").isEqualTo(200);
    }

    @Test
    void theTrendsMonthsAddUpToTheSummaryAndEachIsItsMonthsSummary() {
        Map<String, String> viewers = Map.of("province", manager("330000"), "city", manager("330100"),
                "county", manager("330127"), "institution A", institutionAdmin(province.institutionA));
        List<String> flows = List.of("demandsDocked", "deals", "points", "demandsMined", "enterprisesVisited");
        List<LocalDate[]> periods = List.of(period("2026-01-01", "2026-12-31"), period("2026-02-15", "2026-05-10"),
                period("2025-12-20", "2026-02-03"), period("2026-07-04", "2026-07-04"), period("2025-01-01", "2026-12-31"));
        for (Map.Entry<String, String> viewer : viewers.entrySet()) {
            for (LocalDate[] period : periods) {
                String query = "?from=" + period[0] + "&to=" + period[1];
                JsonNode trend = api().get("/api/performance/trend" + query, "Authorization", viewer.getValue()).json();
                JsonNode totals = api().get("/api/performance/summary" + query, "Authorization", viewer.getValue()).json()
                        .path("totals");
                List<String> months = new ArrayList<>();
                Map<String, Long> summed = new TreeMap<>();
                for (JsonNode month : trend.path("months")) {
                    months.add(month.path("month").asText());
                    flows.forEach(flow -> summed.merge(flow, month.path(flow).asLong(), Long::sum));
                    LocalDate first = max(period[0], LocalDate.parse(month.path("month").asText() + "-01"));
                    LocalDate last = min(period[1], first.withDayOfMonth(first.lengthOfMonth()));
                    JsonNode alone = api().get("/api/performance/summary?from=" + first + "&to=" + last,
                            "Authorization", viewer.getValue()).json().path("totals");
                    flows.forEach(flow -> assertThat(month.path(flow).asLong()).as(viewer.getKey() + " " + first + " " + flow)
                            .isEqualTo(alone.path(flow).asLong()));
                }
                assertThat(months).as("every month of " + query).isEqualTo(monthsOf(period));
                flows.forEach(flow -> assertThat(summed.get(flow)).as(viewer.getKey() + query + " " + flow)
                        .isEqualTo(totals.path(flow).asLong()));
            }
        }
        JsonNode year = api().get("/api/performance/trend?" + YEAR, "Authorization", manager("330000")).json();
        assertThat(year.path("months").findValues("points").stream().mapToLong(JsonNode::asLong).sum())
                .as("the province's year is not empty: the sums above compare figures").isPositive();
    }

    private static List<String> monthsOf(LocalDate[] period) {
        List<String> months = new ArrayList<>();
        for (LocalDate month = period[0].withDayOfMonth(1); !month.isAfter(period[1]); month = month.plusMonths(1)) {
            months.add(month.toString().substring(0, 7));
        }
        return months;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Test
    void eachViewDownloadsAsAWorkbookWithTheSameRows() throws IOException {
        String city = manager("330100");
        for (String view : List.of("institutions", "centres", "staff")) {
            JsonNode json = api().get("/api/performance/" + view + "?size=100&" + YEAR, "Authorization", city).json();
            Response download = api().get("/api/performance/" + view + "/export?" + YEAR, "Authorization", city);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.header("Content-Type")).startsWith(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            byte[] bytes = api().download("/api/performance/" + view + "/export?" + YEAR, "Authorization", city);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(json.path("total").asInt());
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isNotBlank();
                assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) (2 + COLUMNS.get(view).size()));
                long firstId = (long) sheet.getRow(1).getCell(0).getNumericCellValue();
                assertThat(firstId).isEqualTo(json.path("items").get(0).path(ID_FIELD.get(view)).asLong());
            }
        }
        assertThat(status("/api/performance/staff/export", bearer(province.brokerA1, "STAFF", Map.of()))).isEqualTo(403);
        assertThat(status("/api/performance/staff/export?regionCode=330300", city)).isEqualTo(403);
    }

    @Test
    void theSummaryDownloadsAsAWorkbookWithItsTotalsRegionsAndMountainCounties() throws IOException {
        String provinceManager = manager("330000");
        JsonNode summary = api().get("/api/performance/summary?" + YEAR, "Authorization", provinceManager).json();
        byte[] bytes = api().download("/api/performance/summary/export?" + YEAR, "Authorization", provinceManager);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            int cities = summary.path("cities").size();
            int counties = summary.path("counties").size();
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + cities + counties + 1);
            assertThat(numbers(sheet.getRow(1))).isEqualTo(figures("summary", summary.path("totals")).values().stream()
                    .toList());
            JsonNode firstCounty = summary.path("counties").get(0);
            assertThat(sheet.getRow(2 + cities).getCell(1).getStringCellValue())
                    .isEqualTo(firstCounty.path("regionCode").asText());
            assertThat(numbers(sheet.getRow(2 + cities)))
                    .isEqualTo(figures("summary", firstCounty.path("figures")).values().stream().toList());
            assertThat(numbers(sheet.getRow(sheet.getLastRowNum()))).isEqualTo(figures("summary",
                    summary.path("mountainCounties").path("figures")).values().stream().toList());
        }
        assertThat(status("/api/performance/summary/export?regionCode=330300", manager("330100"))).isEqualTo(403);
        assertThat(status("/api/performance/summary/export", bearer(province.brokerA1, "STAFF", Map.of())))
                .isEqualTo(403);
    }

    @Test
    void theTrendDownloadsAsAWorkbookWithOneRowPerMonth() throws IOException {
        String city = manager("330100");
        JsonNode trend = api().get("/api/performance/trend?" + YEAR, "Authorization", city).json();
        byte[] bytes = api().download("/api/performance/trend/export?" + YEAR, "Authorization", city);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(trend.path("months").size()).isEqualTo(12);
            long points = 0;
            for (int i = 0; i < trend.path("months").size(); i++) {
                JsonNode month = trend.path("months").get(i);
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(month.path("month").asText());
                List<String> flows = List.of("demandsDocked", "deals", "points", "demandsMined", "enterprisesVisited");
                for (int column = 0; column < flows.size(); column++) {
                    assertThat((long) row.getCell(column + 1).getNumericCellValue()).as(month.path("month") + " "
                            + flows.get(column)).isEqualTo(month.path(flows.get(column)).asLong());
                }
                points += (long) row.getCell(3).getNumericCellValue();
            }
            assertThat(points).as("the city's year is not empty").isPositive();
        }
        assertThat(status("/api/performance/trend/export?regionCode=330300", city)).isEqualTo(403);
        assertThat(status("/api/performance/trend/export", bearer(province.brokerA1, "STAFF", Map.of()))).isEqualTo(403);
        assertThat(api().get("/api/performance/trend/export?from=2021-12-31&to=2026-12-01", "Authorization", city)
                .status()).as("over 60 months").isEqualTo(400);
    }

    /** The figures of a summary row, in the order of the JSON fields' names (as {@link #figures} sorts them). */
    private static List<Long> numbers(org.apache.poi.ss.usermodel.Row row) {
        Map<String, Long> byField = new TreeMap<>();
        List<String> fields = List.of("experts", "staff", "demandsDocked", "deals", "points", "demandsMined",
                "enterprisesVisited");
        for (int i = 0; i < fields.size(); i++) {
            byField.put(fields.get(i), (long) row.getCell(3 + i).getNumericCellValue());
        }
        return List.copyOf(byField.values());
    }

    // --- the recomputation: straight from ledger_entry and activity, without the rollups

    /** id → (field → value, zero fields left out) for a view; for the summary a single id 0 with the totals. */
    private Map<Long, Map<String, Long>> recomputed(String view, LocalDate[] period, String filter) {
        String key = view.equals("summary") ? "0" : ID_COLUMN.get(view);
        String where = filter.isEmpty() ? "" : " AND " + filter;
        String facts = "SELECT " + key + " AS k, 'POINTS' AS measure, points AS delta, occurred_on FROM ledger_entry "
                + "WHERE 1 = 1" + where + " UNION ALL SELECT " + key + ", measure, delta, occurred_on FROM activity "
                + "WHERE 1 = 1" + where;
        String sql = "SELECT k, measure, SUM(delta) AS total FROM (" + facts + ") f WHERE k IS NOT NULL AND ("
                + "(measure NOT IN ('EXPERTS', 'STAFF') AND occurred_on BETWEEN :from AND :to) OR "
                + "(measure IN ('EXPERTS', 'STAFF') AND occurred_on <= :to)) GROUP BY k, measure";
        Map<String, String> fieldOf = COLUMNS.get(view).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Map<Long, Map<String, Long>> result = new TreeMap<>();
        new NamedParameterJdbcTemplate(jdbc).query(sql, new MapSqlParameterSource("from", period[0]).addValue("to", period[1]),
                rs -> {
                    String field = fieldOf.get(rs.getString("measure"));
                    long total = rs.getLong("total");
                    if (field != null && total != 0) {
                        result.computeIfAbsent(rs.getLong("k"), k -> new TreeMap<>()).put(field, total);
                    }
                });
        return result;
    }

    private Map<Long, Map<String, Long>> figuresIn(String view, JsonNode page) {
        assertThat(page.path("total").asLong()).isLessThanOrEqualTo(100);
        Map<Long, Map<String, Long>> result = new TreeMap<>();
        page.path("items").forEach(item -> {
            Map<String, Long> figures = nonZero(figures(view, item));
            if (view.equals("staff")) {
                assertThat(figures).as("a listed broker worked in the period: " + item).isNotEmpty();
            }
            if (!figures.isEmpty()) {
                result.put(item.path(ID_FIELD.get(view)).asLong(), figures);
            }
        });
        return result;
    }

    private static Map<String, Long> figures(String view, JsonNode node) {
        Map<String, Long> figures = new TreeMap<>();
        COLUMNS.get(view).keySet().forEach(field -> figures.put(field, node.path(field).asLong()));
        return figures;
    }

    private static Map<String, Long> nonZero(Map<String, Long> figures) {
        Map<String, Long> result = new TreeMap<>(figures);
        result.values().removeIf(value -> value == 0);
        return result;
    }

    // --- helpers

    private static Map<String, Set<Object>> seen(Set<Long> institutions, Set<Long> centres, Set<Long> staff,
            Set<String> counties) {
        return Map.of("institutions", Set.copyOf(institutions), "centres", Set.copyOf(centres), "staff",
                Set.copyOf(staff), "summary", Set.copyOf(counties));
    }

    private static Set<Object> idsIn(String view, JsonNode answer) {
        Set<Object> ids = new java.util.HashSet<>();
        if (view.equals("summary")) {
            answer.path("counties").forEach(county -> ids.add(county.path("regionCode").asText()));
        } else {
            answer.path("items").forEach(item -> ids.add(item.path(ID_FIELD.get(view)).asLong()));
        }
        return ids;
    }

    private String everyView() {
        Map<String, String> answers = new HashMap<>();
        for (String view : List.of("institutions", "centres", "staff", "summary")) {
            answers.put(view, api().get("/api/performance/" + view + "?size=100&" + YEAR, "Authorization",
                    manager("330000")).body());
        }
        return answers + "|" + jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Long.class) + "|"
                + jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class);
    }

    /** In every score-service context of the JVM: they consume the same groups, and any may be handed an event. */
    private static double duplicatesIgnored() {
        return EveryContextsCounters.count("gxh.events.duplicates");
    }

    private int status(String path, String authorization) {
        return api().get(path, "Authorization", authorization).status();
    }

    private static LocalDate[] period(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
    }
}
