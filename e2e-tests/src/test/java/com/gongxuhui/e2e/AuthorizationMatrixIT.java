package com.gongxuhui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The object-level authorization matrix, generated from the services' own OpenAPI documents and run through the
 * gateway against the real services: every {@code /api/**} operation × every caller of
 * {@link AuthorizationMatrix#CALLERS}, each reaching for institution A's object from outside A's institution or
 * region ({@link CrossScopeFixture}). Each refusal must have the matrix's status and a problem body, each allowed
 * read must answer (and, for the caller's own objects only, list none of A's), and nothing may be stored by any of it.
 * An operation a document lists without a line in the matrix fails, so that a new endpoint is covered by
 * construction.
 */
class AuthorizationMatrixIT {

    private static GatewayPlatform platform;
    private static CrossScopeFixture world;
    private static List<OpenApiDocuments.Operation> documented;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
        world = CrossScopeFixture.get(platform);
        documented = OpenApiDocuments.read(platform.gateway(), world.callers.get("SYS_ADMIN")).stream()
                .filter(operation -> operation.path().startsWith("/api/")).toList();
    }

    @Test
    void everyDocumentedOperationHasALineAndEveryLineAnOperation() {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Set<String> keys = documented.stream().map(OpenApiDocuments.Operation::key).collect(Collectors.toSet());

        assertThat(documented).as("the documents' /api/** operations").hasSizeGreaterThan(100);
        assertThat(keys).as("documented operations without a line in authorization-matrix.txt")
                .isSubsetOf(matrix.operations());
        assertThat(matrix.operations()).as("lines of authorization-matrix.txt no document lists").isSubsetOf(keys);
    }

    @Test
    void everyCallerGetsWhatTheMatrixSaysForAnotherInstitutionsObjectAndNothingIsStored() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        HttpApi gateway = platform.gateway();
        ExampleValues values = new ExampleValues(world.foreignByName);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        Map<String, String> before = StoredData.settled();
        // the reads first: a write that wrongly went through must not spoil the reads' answers
        List<OpenApiDocuments.Operation> ordered = documented.stream()
                .filter(operation -> matrix.operations().contains(operation.key()))
                .sorted(Comparator.comparing(operation -> !"GET".equals(operation.method()))).toList();
        for (OpenApiDocuments.Operation operation : ordered) {
            GeneratedRequest request = matrix.request(operation, world.foreign, values);
            Map<String, String> beforeOperation = "GET".equals(operation.method()) ? null : StoredData.fingerprint();
            for (AuthorizationMatrix.Cell cell : matrix.cells(operation.key())) {
                if (!cell.sent(operation.method())) {
                    continue;
                }
                sent++;
                HttpApi.Response response;
                try {
                    response = request.send(gateway, world.callers.get(cell.caller()));
                } catch (UncheckedIOException e) {
                    wrong.add(operation.key() + " as " + cell.caller() + ": no answer (" + e.getCause() + ") — "
                            + request);
                    continue;
                }
                String verdict = verdict(cell, operation, response);
                if (verdict != null) {
                    wrong.add(operation.key() + " as " + cell.caller() + ": " + verdict + " — " + request);
                }
            }
            if (beforeOperation != null) {
                List<String> stored = StoredData.changes(beforeOperation, StoredData.fingerprint());
                if (!stored.isEmpty()) {
                    wrong.add(operation.key() + ": stored " + stored + " — " + request);
                }
            }
        }
        List<String> storedOverall = StoredData.changes(before, StoredData.fingerprint());
        int cells = matrix.operations().size() * AuthorizationMatrix.CALLERS.size();
        String summary = String.format("authorization matrix: %d operations x %d callers = %d cells, %d calls sent, "
                + "%d wrong%n", matrix.operations().size(), AuthorizationMatrix.CALLERS.size(), cells, sent,
                wrong.size());
        Files.writeString(Path.of("target/authorization-matrix.txt"), summary + String.join("\n", wrong) + "\n");
        System.out.print(summary);

        assertThat(wrong).as("cells that answered otherwise than the matrix says").isEmpty();
        assertThat(storedOverall).as("tables changed by the matrix's calls").isEmpty();
    }

    /** What is wrong with the answer, or null when it is what the cell says. */
    private String verdict(AuthorizationMatrix.Cell cell, OpenApiDocuments.Operation operation,
            HttpApi.Response response) {
        String got = response.status() + " " + abbreviated(response.body());
        if (cell.refused()) {
            if (response.status() != cell.status()
                    || cell.code() != null && !cell.code().equals(response.code())) {
                return "expected " + cell.value() + ", got " + got;
            }
            String type = response.header("Content-Type");
            return type != null && type.startsWith("application/problem+json") ? null
                    : "refused without a problem body (" + type + ")";
        }
        if (BadInputSweepIT.providerUnavailable(response)) {
            return null; // let in, and on to a provider this platform does not stand in for (the business registry)
        }
        if (response.status() < 200 || response.status() > 299) {
            return "expected a 2xx (" + cell.value() + "), got " + got;
        }
        if ("own".equals(cell.value())) {
            List<String> foreign = world.foreign.get(operation.path());
            List<String> listed = listedIds(response);
            if (foreign != null && listed.stream().anyMatch(foreign::contains)) {
                return "listed A's " + foreign + " among " + listed;
            }
        }
        return null;
    }

    private static List<String> listedIds(HttpApi.Response response) {
        String body = response.body() == null ? "" : response.body().stripLeading();
        List<String> ids = new ArrayList<>();
        if (body.startsWith("{") || body.startsWith("[")) {
            JsonNode json = response.json();
            for (JsonNode item : json.isArray() ? json : json.path("items")) {
                ids.add(item.path("id").asText());
            }
        }
        return ids;
    }

    static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
