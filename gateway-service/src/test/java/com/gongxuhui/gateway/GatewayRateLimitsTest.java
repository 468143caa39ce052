package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.adapter.gateway.common.SentinelGatewayConstants;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayFlowRule;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayRuleManager;
import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.mock.env.MockEnvironment;

/** Sentinel's rules are JVM-wide: each test puts back the rules the shared gateway context loaded. */
class GatewayRateLimitsTest {

    private Set<GatewayFlowRule> rulesBefore;

    @BeforeEach
    void rememberRules() {
        rulesBefore = GatewayRuleManager.getRules();
    }

    @AfterEach
    void restoreRules() {
        GatewayRuleManager.loadRules(rulesBefore);
    }

    @Test
    void makesOneQpsRuleOnTheRouteIdPerConfiguredLimit() {
        Set<GatewayFlowRule> rules = GatewayRateLimits.rules(Map.of("org-service", new RateLimit(50, 10)));

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.getResource()).isEqualTo("org-service");
            assertThat(rule.getResourceMode()).isEqualTo(SentinelGatewayConstants.RESOURCE_MODE_ROUTE_ID);
            assertThat(rule.getGrade()).isEqualTo(RuleConstant.FLOW_GRADE_QPS);
            assertThat(rule.getCount()).isEqualTo(50.0);
            assertThat(rule.getBurst()).isEqualTo(10);
            assertThat(rule.getIntervalSec()).isEqualTo(1);
        });
    }

    @Test
    void appliesTheLimitsAtStartAndAgainWhenTheyChange() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gxh.gateway.rate-limits.org-service.qps", "5");
        GatewayRateLimits limits = new GatewayRateLimits(environment, gatewayWithRoute("org-service"));

        limits.afterSingletonsInstantiated();
        assertThat(countOf("org-service")).isEqualTo(5.0);

        environment.setProperty("gxh.gateway.rate-limits.org-service.qps", "7");
        limits.onEnvironmentChange(new EnvironmentChangeEvent(Set.of("gxh.gateway.rate-limits.org-service.qps")));
        assertThat(countOf("org-service")).isEqualTo(7.0);
    }

    @Test
    void ignoresChangesOfOtherProperties() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gxh.gateway.rate-limits.org-service.qps", "5");
        GatewayRateLimits limits = new GatewayRateLimits(environment, gatewayWithRoute("org-service"));
        limits.afterSingletonsInstantiated();

        environment.setProperty("gxh.gateway.rate-limits.org-service.qps", "9");
        limits.onEnvironmentChange(new EnvironmentChangeEvent(Set.of("gxh.cors.allowed-origins")));

        assertThat(countOf("org-service")).isEqualTo(5.0);
    }

    private static double countOf(String routeId) {
        return GatewayRuleManager.getRulesForResource(routeId).iterator().next().getCount();
    }

    private static GatewayProperties gatewayWithRoute(String routeId) {
        RouteDefinition route = new RouteDefinition();
        route.setId(routeId);
        route.setUri(URI.create("lb://" + routeId));
        GatewayProperties gateway = new GatewayProperties();
        gateway.setRoutes(List.of(route));
        return gateway;
    }
}
