package com.gongxuhui.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Actuator on its own port as in production (common-lib's prod defaults): Prometheus scrapes it there without a
 * user token, while the service's port, the one the gateway routes to, does not serve it.
 */
@ServiceIntegrationTest
// Spring Boot's tests leave metrics export off unless asked
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusScrapesTheManagementPortWithoutAToken() {
        Response metrics = new HttpApi("http://127.0.0.1:" + managementPort).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(new HttpApi("http://127.0.0.1:" + managementPort).get("/actuator/health/readiness").status())
                .isEqualTo(200);
    }

    @Test
    void theServicesOwnPortNeitherServesActuatorNorOpensItWithoutAToken() {
        Response metrics = new HttpApi("http://127.0.0.1:" + port).get("/actuator/prometheus");

        assertThat(metrics.status()).isIn(401, 404);
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(new HttpApi("http://127.0.0.1:" + port).get("/api/enterprises").status()).isEqualTo(401);
    }
}
