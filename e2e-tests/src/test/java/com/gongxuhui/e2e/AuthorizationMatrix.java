package com.gongxuhui.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix as data ({@code authorization-matrix.txt} in the test resources): for every documented
 * {@code /api/**} operation, what each caller gets when he reaches for another institution's or region's object.
 * docs/authorization-matrix.md explains the cells.
 */
final class AuthorizationMatrix {

    /** The columns, in order. */
    static final List<String> CALLERS = List.of("SYS_ADMIN", "INST_ADMIN", "CENTER_ADMIN", "STAFF", "GOV_PROVINCE",
            "GOV_CITY", "GOV_COUNTY", "EXPERT", "ANONYMOUS");

    /** One cell: a refusal's status (and the problem's code, if it must be one), or ok / own / open. */
    record Cell(String caller, String value) {

        boolean refused() {
            return value.matches("4\\d\\d(:.+)?");
        }

        int status() {
            return Integer.parseInt(value.substring(0, 3));
        }

        /** The problem code the refusal must carry, or null for any. */
        String code() {
            return value.length() > 4 ? value.substring(4) : null;
        }

        /** Whether the call is made: every refusal, and the reads of what is allowed. */
        boolean sent(String method) {
            return refused() || "GET".equals(method) && !"open".equals(value);
        }
    }

    /** "GET /api/demands/{id}" → its cells, in the columns' order. */
    private final Map<String, List<Cell>> rows;
    /** "POST /api/score-rules" → the body its calls send instead of the generated one. */
    private final Map<String, String> bodies;

    private AuthorizationMatrix(Map<String, List<Cell>> rows, Map<String, String> bodies) {
        this.rows = rows;
        this.bodies = bodies;
    }

    static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.txt")) {
            Map<String, List<Cell>> rows = new LinkedHashMap<>();
            Map<String, String> bodies = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("body ")) {
                    String[] words = line.split("\\s+", 4);
                    bodies.put(words[1] + " " + words[2], words[3]);
                    continue;
                }
                String[] words = line.trim().split("\\s+");
                if (words.length != 2 + CALLERS.size() || !valid(words)) {
                    throw new IllegalStateException("authorization-matrix.txt: not a method, a path and "
                            + CALLERS.size() + " cells: " + line);
                }
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    cells.add(new Cell(CALLERS.get(i), words[2 + i]));
                }
                if (rows.put(words[0] + " " + words[1], cells) != null) {
                    throw new IllegalStateException("authorization-matrix.txt: twice: " + line);
                }
            }
            if (!rows.keySet().containsAll(bodies.keySet())) {
                throw new IllegalStateException("authorization-matrix.txt: a body for an operation without a line");
            }
            return new AuthorizationMatrix(rows, bodies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean valid(String[] words) {
        for (int i = 2; i < words.length; i++) {
            if (!words[i].matches("40[134]|400:[A-Z_]+|ok|own|open")) {
                return false;
            }
        }
        return true;
    }

    /** The operations it has a line for. */
    List<String> operations() {
        return List.copyOf(rows.keySet());
    }

    List<Cell> cells(String operation) {
        return rows.get(operation);
    }

    /** The call of the operation, generated from its document, with the matrix's body where it gives one. */
    GeneratedRequest request(OpenApiDocuments.Operation operation, Map<String, List<String>> ids,
            ExampleValues values) {
        GeneratedRequest generated = GeneratedRequest.of(operation, ids, values);
        String body = bodies.get(operation.key());
        return body == null ? generated
                : generated.with(generated.path(), generated.query(), generated.contentType(), body);
    }
}
