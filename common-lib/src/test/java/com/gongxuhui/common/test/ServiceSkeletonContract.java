package com.gongxuhui.common.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every service's skeleton must show on the real MariaDB, Redis and RocketMQ (issue 2, item 1): it
 * starts, reports ready, serves its OpenAPI document under its own name (without its internal endpoints), has the common migration applied in
 * its own schema, and refuses an anonymous API call and a malformed path with problem responses. A service's test names only what
 * differs:
 *
 * <pre>
 * &#64;ServiceIntegrationTest
 * class DemandServiceIT extends ServiceSkeletonContract {
 *     DemandServiceIT() {
 *         super("demand-service", "demand_db", "/api/demands");
 *     }
 * }
 * </pre>
 */
public abstract class ServiceSkeletonContract {

    private final String serviceName;
    private final String schema;
    private final String protectedPath;

    @LocalServerPort
    private int port;

    @Autowired
    private Environment environment;

    @Autowired
    private JdbcTemplate jdbc;

    /**
     * @param serviceName   the {@code spring.application.name}, e.g. {@code demand-service}
     * @param schema        the service's schema as conventions.md names it, e.g. {@code demand_db}
     * @param protectedPath an API path that needs a token, e.g. {@code /api/demands}
     */
    protected ServiceSkeletonContract(String serviceName, String schema, String protectedPath) {
        this.serviceName = serviceName;
        this.schema = schema;
        this.protectedPath = protectedPath;
    }

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    @Test
    void reportsReadyOnTheReadinessProbe() {
        Response readiness = api().get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void servesItsOpenApiDocumentUnderItsOwnName() {
        Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode document = docs.json();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("info").path("title").asText()).isEqualTo(serviceName);
        assertThat(document.path("paths").fieldNames()).toIterable().as("service-to-service endpoints")
                .noneMatch(path -> path.startsWith("/internal"));
    }

    @Test
    void commonMigrationCreatedOutboxAndConsumedEventTablesInTheServicesOwnSchema() {
        String urlSchema = schemaOf(environment.getRequiredProperty("spring.datasource.url"));
        assertThat(urlSchema).contains(schema);

        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = ? AND table_name IN ('outbox_event', 'consumed_event')
                ORDER BY table_name""", String.class, urlSchema);
        assertThat(tables).containsExactly("consumed_event", "outbox_event");

        Integer baselineApplied = jdbc.queryForObject("""
                SELECT COUNT(*) FROM flyway_schema_history WHERE version = '0.1' AND success = 1""", Integer.class);
        assertThat(baselineApplied).isEqualTo(1);
    }

    @Test
    void refusesAnAnonymousApiCallWithAnUnauthenticatedProblem() {
        Response response = api().get(protectedPath);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
    }

    /** {@code %00}: Tomcat refuses it itself; {@code %25}: Spring Security's firewall does. */
    @ParameterizedTest
    @ValueSource(strings = {"/%00", "/%25"})
    void refusesAMalformedPathWithABadRequestProblem(String suffix) {
        Response response = api().get(protectedPath + suffix);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("BAD_REQUEST");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
    }

    /** {@code jdbc:mysql://host:3306/gxh_t…_demand_db?useUnicode=…} → {@code gxh_t…_demand_db}. */
    private static String schemaOf(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        String afterHost = path.substring(path.indexOf('/') + 1);
        int query = afterHost.indexOf('?');
        return query < 0 ? afterHost : afterHost.substring(0, query);
    }
}
