package com.gongxuhui.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web console in a real browser (Debian's chromium driven by Playwright, console/e2e) on the real platform
 * through the gateway, which serves the console: the manual's walk, each role's menu and forbidden routes, and every
 * main page's screenshots (console/target/screenshots) and accessibility check. The business registry and the
 * provincial portal (whose ticket signs the system administrator in) are WireMock.
 * Also checks that the console's API types (console/src/api/generated) are those of the services' documents now.
 */
class ConsoleInTheBrowserIT {

    /** The enterprise the walk's broker finds in the business registry. */
    private static final String REGISTERED = "杭州云栖智能装备有限公司";
    private static final Path CHROMIUM = Path.of(System.getProperty("gxh.chromium", "/usr/bin/chromium"));

    private static GatewayPlatform platform;
    private static Path console;

    @BeforeAll
    static void startPlatform() {
        assertThat(CHROMIUM).as("chromium (apt-get install -y chromium fonts-wqy-microhei; .ci/run installs it)")
                .isExecutable();
        platform = GatewayPlatform.get();
        console = Path.of(System.getProperty("gxh.repo.root", "..")).toAbsolutePath().normalize().resolve("console");
        long established = LocalDate.of(2019, 3, 18).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        platform.registry().stubFor(get(urlPathEqualTo("/services/open/ic/baseinfo/normal"))
                .withQueryParam("keyword", equalTo(REGISTERED))
                .withHeader("Authorization", equalTo(GatewayPlatform.REGISTRY_TOKEN))
                .willReturn(okJson("{\"error_code\":0,\"reason\":\"ok\",\"result\":{\"name\":\"" + REGISTERED
                        + "\",\"creditCode\":\"" + UnifiedSocialCreditCode.random("91330106")
                        + "\",\"legalPersonName\":\"陈云栖\",\"regCapital\":\"1200万人民币\",\"estiblishTime\":"
                        + established + ",\"regLocation\":\"浙江省杭州市西湖区云栖小镇 8 号\",\"businessScope\":"
                        + "\"智能装备的研发与生产\",\"industry\":\"专用设备制造业\",\"regStatus\":\"存续\"}}")));
    }

    @Test
    void theCommittedApiTypesAreThoseOfTheServicesDocuments() throws Exception {
        Run check = run("api-types", List.of("node", "scripts/api-types.mjs", gatewayUrl(), "--check"));
        assertThat(check.exitCode()).as("npm run api:types against a running platform, then commit:%n%s", check.tail())
                .isZero();
    }

    @Test
    void theManualsWalkRolesAndPagesInChromium() throws Exception {
        Run playwright = run("playwright", List.of("node", "node_modules/@playwright/test/cli.js", "test"));
        assertThat(playwright.exitCode()).as("Playwright (report console/target/playwright):%n%s", playwright.tail())
                .isZero();
        assertThat(Files.list(console.resolve("target/screenshots")).count()).as("screenshots").isGreaterThan(30);
    }

    private static String gatewayUrl() {
        return platform.gatewayUrl();
    }

    private record Run(int exitCode, String tail) {
    }

    private static Run run(String name, List<String> command) throws IOException, InterruptedException {
        Path log = console.resolve("target/" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(console.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("GXH_CONSOLE_URL", gatewayUrl(), "CHROMIUM", CHROMIUM.toString(),
                "GXH_REGISTRY_ENTERPRISE", REGISTERED, "CI", "1",
                "GXH_PORTAL_TICKET", GatewayCalls.stubPortalTicket(platform.portal(), "13800000000")));
        Process process = builder.start();
        // the Playwright tests' own timeouts add up to 33 minutes (the pages' check alone may take 15 under load):
        // they, not this bound, say which test was too slow
        if (!process.waitFor(33, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);
        return new Run(process.isAlive() ? -1 : process.exitValue(),
                String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
    }
}
