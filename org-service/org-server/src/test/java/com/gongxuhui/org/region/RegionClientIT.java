package com.gongxuhui.org.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.api.region.RegionClient;
import com.gongxuhui.org.api.region.RegionDetail;
import com.gongxuhui.org.api.region.RegionView;
import feign.FeignException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link RegionClient} as another service uses it: its paths and records match the server's, and the token of the
 * request being served is forwarded (common-lib's interceptor), here from a stand-in request of a calling service.
 */
class RegionClientIT extends OrgServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void servingARequestOfASignedInUser() {
        String token = api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD))
                .json().path("accessToken").asText();
        MockHttpServletRequest callerRequest = new MockHttpServletRequest();
        callerRequest.addHeader(HttpHeaders.AUTHORIZATION, HttpApi.bearer(token));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(callerRequest));
    }

    @AfterEach
    void requestServed() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void descendantsAndRegionsComeThroughTheClient() {
        RegionClient client = clientAt("http://127.0.0.1:" + port);

        assertThat(client.descendants("330300")).startsWith("330300").contains("330326", "330305")
                .doesNotContain("330100", "330102");
        RegionDetail pingyang = client.region("330326", LocalDate.of(2024, 7, 31));
        assertThat(pingyang.ancestors()).extracting(RegionView::code).containsExactly("330000", "330300");
        assertThat(pingyang.mountainCounty().member()).isTrue();
        assertThat(pingyang.mountainCounty().list()).isEqualTo("山区26县");
        assertThat(client.region("330326", LocalDate.of(2024, 8, 1)).mountainCounty().member()).isFalse();
    }

    @Test
    void anUnknownRegionIsANotFoundForTheCaller() {
        assertThatThrownBy(() -> clientAt("http://127.0.0.1:" + port).descendants("339999"))
                .isInstanceOf(FeignException.NotFound.class);
    }

    @Test
    void withoutAConfiguredUrlAsInProductionTheNameOrgServiceIsResolvedByTheLoadBalancer(
            @Autowired SimpleDiscoveryProperties discovery,
            @Autowired ObjectProvider<SimpleReactiveDiscoveryProperties> reactiveDiscovery) {
        assertThat(RegionClient.class.getAnnotation(FeignClient.class).url())
                .as("empty unless gxh.clients.org-url is set, which production does not do")
                .isEqualTo("${gxh.clients.org-url:}");
        Map<String, List<DefaultServiceInstance>> configured = new HashMap<>(discovery.getInstances());
        // Both discovery clients are bound to the same (empty) configuration; which one the load balancer asks
        // depends on the classpath, so both learn where org-service runs.
        Map<String, List<DefaultServiceInstance>> withOrgService = new HashMap<>(configured);
        withOrgService.put("org-service",
                List.of(new DefaultServiceInstance("org-service-test", "org-service", "127.0.0.1", port, false)));
        discovery.setInstances(withOrgService);
        reactiveDiscovery.ifAvailable(reactive -> reactive.setInstances(withOrgService));
        try {
            assertThat(clientAt("").descendants("330000")).hasSize(ReferenceFiles.regions().size());
        } finally {
            discovery.setInstances(configured);
            reactiveDiscovery.ifAvailable(reactive -> reactive.setInstances(configured));
        }
    }

    private RegionClient clientAt(String url) {
        return new FeignClientBuilder(context).forType(RegionClient.class, "org-service").url(url).build();
    }
}
