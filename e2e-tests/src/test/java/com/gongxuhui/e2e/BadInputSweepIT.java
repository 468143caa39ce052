package com.gongxuhui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.HttpApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input, generated from the services' OpenAPI documents, against the real platform through the gateway: every
 * {@code /api/**} operation with a body or parameters, called by the owners of the objects it names (institution
 * A's people of {@link CrossScopeFixture}, as far as the authorization matrix lets their role in) with each of
 * {@link BadInputs}. No answer may be a server error (save a provider's own 503 problem when it cannot be reached),
 * every 4xx must be an RFC 9457 problem, and nothing may be stored.
 */
class BadInputSweepIT {

    private static GatewayPlatform platform;
    private static CrossScopeFixture world;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
        world = CrossScopeFixture.get(platform);
    }

    @Test
    void badInputToEveryOperationGetsA4xxProblemAndStoresNothing() throws IOException {
        HttpApi gateway = platform.gateway();
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        ExampleValues values = new ExampleValues(world.foreignByName);
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int operations = 0;
        int variants = 0;
        Map<String, String> before = StoredData.settled();
        for (OpenApiDocuments.Operation operation : OpenApiDocuments.read(gateway, world.owners.get("SYS_ADMIN"))) {
            if (!operation.path().startsWith("/api/") || !matrix.operations().contains(operation.key())) {
                continue; // AuthorizationMatrixIT fails for an operation without a line
            }
            GeneratedRequest good = matrix.request(operation, world.foreign, values);
            Map<String, GeneratedRequest> bad = BadInputs.of(operation, good);
            if (bad.isEmpty()) {
                continue;
            }
            operations++;
            variants += bad.size();
            Map<String, String> beforeOperation = "GET".equals(operation.method()) ? null : StoredData.fingerprint();
            List<String> accepted = new ArrayList<>();
            for (String bearer : callersFor(matrix.cells(operation.key()))) {
                for (Map.Entry<String, GeneratedRequest> variant : bad.entrySet()) {
                    HttpApi.Response response = variant.getValue().send(gateway, bearer);
                    statuses.merge(response.status(), 1, Integer::sum);
                    if (response.status() < 300) {
                        accepted.add(variant.getKey());
                    }
                    String verdict = !bearer.isEmpty() && response.status() == 401
                            ? "401: the input did not reach the service (the caller's token expired?)"
                            : verdict(response);
                    if (verdict != null) {
                        wrong.add(operation.key() + " with " + variant.getKey() + ": " + verdict);
                    }
                }
            }
            if (beforeOperation != null) {
                List<String> stored = StoredData.changes(beforeOperation, StoredData.fingerprint());
                if (!stored.isEmpty()) {
                    wrong.add(operation.key() + ": stored " + stored + " after accepting " + accepted);
                }
            }
        }
        List<String> storedOverall = StoredData.changes(before, StoredData.fingerprint());
        String summary = String.format("bad-input sweep: %d operations, %d bad variants, %d calls, answers %s, "
                + "%d wrong%n", operations, variants, statuses.values().stream().mapToInt(Integer::intValue).sum(),
                statuses, wrong.size());
        Files.writeString(Path.of("target/bad-input-sweep.txt"), summary + String.join("\n", wrong) + "\n");
        System.out.print(summary);

        assertThat(operations).as("operations with a body or parameters").isGreaterThan(60);
        assertThat(wrong).as("server errors, 4xx without a problem body, stored bad input").isEmpty();
        assertThat(storedOverall).as("tables changed by bad input").isEmpty();
    }

    /**
     * Who sends the bad input: anonymous for a public operation; else those of A's people whose role the matrix lets
     * past the role checks (a 404 to another institution's caller is a pass for the object's owner), so that the
     * input reaches as deep as it can.
     */
    private static List<String> callersFor(List<AuthorizationMatrix.Cell> cells) {
        List<String> bearers = new ArrayList<>();
        for (AuthorizationMatrix.Cell cell : cells) {
            if ("open".equals(cell.value())) {
                return List.of("");
            }
            String owner = world.owners.get(cell.caller());
            if (owner != null && List.of("ok", "own", "404").contains(cell.value())) {
                bearers.add(owner);
            }
        }
        return bearers;
    }

    /** A provider that cannot be reached, as the service says in its own 503 problem (REGISTRY_UNAVAILABLE, ...). */
    static boolean providerUnavailable(HttpApi.Response response) {
        return response.status() == 503 && String.valueOf(response.header("Content-Type"))
                .startsWith("application/problem+json") && String.valueOf(response.code()).endsWith("_UNAVAILABLE");
    }

    /** What is wrong with an answer to bad input, or null. */
    private static String verdict(HttpApi.Response response) {
        String type = String.valueOf(response.header("Content-Type"));
        boolean problem = type.startsWith("application/problem+json");
        if (providerUnavailable(response)) {
            return null;
        }
        if (response.status() >= 500) {
            return "server error " + response.status() + " " + AuthorizationMatrixIT.abbreviated(response.body());
        }
        if (response.status() >= 400 && !problem) {
            return response.status() + " without a problem body (" + type + "): "
                    + AuthorizationMatrixIT.abbreviated(response.body());
        }
        return null;
    }
}
