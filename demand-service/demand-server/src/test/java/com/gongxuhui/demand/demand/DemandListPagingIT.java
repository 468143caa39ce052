package com.gongxuhui.demand.demand;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demand list's two ways of paging: pages by number and the keyset form ({@code after}, the last demand of the
 * page before), which must walk the same list in the same order, in every sort, demands without a deadline included;
 * and a bureau manager's region asked of org-service once, not on every list.
 */
@ServiceIntegrationTest
class DemandListPagingIT extends DemandServiceTestSupport {

    static Institution a;
    static Institution b;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void organisations() {
        a = institution("5.00");
        b = institution("5.00");
    }

    @Test
    void keysetPagesWalkTheWholeListInOrderInEverySort() {
        for (int i = 0; i < 7; i++) {
            Map<String, Object> form = form("5.00");
            if (i % 3 == 0) {
                form.remove("deadline");
            } else {
                form.put("deadline", "2027-0" + (1 + i % 2) + "-15");
            }
            submit(a.brokerBearer(), form);
        }
        for (String sort : List.of("", "&sort=submittedAt,asc", "&sort=updatedAt,desc", "&sort=deadline,desc",
                "&sort=deadline,asc")) {
            List<Long> whole = ids(a.admin(), "/api/demands?size=100" + sort);
            assertThat(whole).as(sort).hasSizeGreaterThanOrEqualTo(7);

            assertThat(walk(a.admin(), 3, sort)).as(sort).isEqualTo(whole);
        }
    }

    @Test
    void aBrokersListReadAlongTheSubmissionOrderIsTheSortedList() {
        Institution c = institution("5.00");
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM demand", Long.class);
        // pages of one of a broker with more than √(all demands) are read along idx_demand_submitted, not sorted
        // (Demands.cheaperInSubmissionOrder); pages of 100 of the same list are sorted
        int many = (int) Math.sqrt(all) + 3;
        for (int i = 0; i < many; i++) {
            submit(c.brokerBearer(), form("5.00"));
        }

        List<Long> sorted = ids(c.brokerBearer(), "/api/demands?size=100");
        assertThat(sorted).hasSize(many);
        assertThat(walk(c.brokerBearer(), 1, "")).isEqualTo(sorted);
    }

    /** The whole list through its keyset pages of {@code size}, checking the total on each. */
    private List<Long> walk(String bearer, int size, String sort) {
        List<Long> walked = new ArrayList<>();
        String first = "/api/demands?size=" + size + sort;
        JsonNode page = get(bearer, first);
        long total = page.path("total").asLong();
        while (page.path("items").size() > 0) {
            assertThat(page.path("total").asLong()).as(sort).isEqualTo(total);
            page.path("items").forEach(item -> walked.add(item.path("id").asLong()));
            page = get(bearer, first + "&after=" + walked.get(walked.size() - 1));
        }
        assertThat(walked).hasSize((int) total);
        return walked;
    }

    @Test
    void aKeysetPageStartsOnlyAfterADemandTheCallerSees() {
        long others = submit(b.brokerBearer(), form("5.00")).json().path("id").asLong();

        Response refused = api().get("/api/demands?after=" + others, auth(a.admin()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("DEMAND_LIST_AFTER_UNKNOWN");
        assertThat(api().get("/api/demands?after=99999999", auth(a.admin())).code())
                .isEqualTo("DEMAND_LIST_AFTER_UNKNOWN");
        assertThat(api().get("/api/demands?after=0", auth(a.admin())).status()).isEqualTo(400);
        assertThat(api().get("/api/demands?after=x", auth(a.admin())).status()).isEqualTo(400);
    }

    @Test
    void aBureauManagersRegionIsAskedOnceAcrossHisLists() {
        long mine = submit(a.brokerBearer(), form("5.00")).json().path("id").asLong();
        String bureau = cityBureau();
        double hits = regionCacheHits();

        assertThat(ids(bureau, "/api/demands?size=100")).contains(mine);
        assertThat(ids(bureau, "/api/demands?size=100")).contains(mine);
        assertThat(get(bureau, "/api/demands/" + mine).path("demand").path("id").asLong()).isEqualTo(mine);

        assertThat(regionCacheHits()).isGreaterThanOrEqualTo(hits + 2);
    }

    private double regionCacheHits() {
        var counter = meters.find("cache.gets").tag("cache", "region-descendants").tag("result", "hit").functionCounter();
        return counter == null ? 0 : counter.count();
    }

    /** 杭州市's bureau: the institutions of the support are in 西湖区 (330106). */
    private static String cityBureau() {
        HttpApi org = PeerProcess.org().api();
        String phone = phone();
        ok(org.post("/api/gov-managers", Map.of("name", "杭州市科技局" + phone.substring(7), "phone", phone, "password",
                PASSWORD, "level", "CITY", "regionCode", "330100"), "Authorization",
                login(org, "13800000000", "Admin@123456")));
        return login(org, phone, PASSWORD);
    }
}
