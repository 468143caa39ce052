package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data that V2 made room for, from the classpath copies of the shared CSV files: the regions
 * of Zhejiang (parents come before their children in the file, as the foreign key needs) and the mountain-county
 * membership. Empty fields become NULL.
 *
 * <p>The checksum covers both files, so that editing them after this ran fails Flyway's validation instead of
 * giving new databases other data than old ones: changes come as new migrations.
 */
public class V2_1__Load_reference_regions extends BaseJavaMigration {

    private static final String REGIONS = "/reference/zhejiang-regions.csv";
    private static final String MOUNTAIN_COUNTIES = "/reference/mountain-counties.csv";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?)")) {
            for (String[] row : rows(REGIONS, "code,name,level,parent_code")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.setString(4, emptyAsNull(row[3]));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mountain_county_membership "
                + "(code, list_name, effective_from, effective_to) VALUES (?, ?, ?, ?)")) {
            for (String[] row : rows(MOUNTAIN_COUNTIES, "code,list,effective_from,effective_to")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setObject(3, dateOrNull(row[2]), Types.DATE);
                insert.setObject(4, dateOrNull(row[3]), Types.DATE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read(REGIONS));
        crc.update(read(MOUNTAIN_COUNTIES));
        return (int) crc.getValue();
    }

    /** The data rows of a file whose header must be exactly {@code header}: a reordered file must not load skewed. */
    private static List<String[]> rows(String resource, String header) {
        List<String> lines = new String(read(resource), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank())
                .toList();
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IllegalStateException(resource + " does not start with the header " + header);
        }
        int columns = header.split(",").length;
        return lines.subList(1, lines.size()).stream().map(line -> fields(resource, line, columns)).toList();
    }

    private static String[] fields(String resource, String line, int columns) {
        String[] fields = line.split(",", -1);
        if (fields.length != columns) {
            throw new IllegalStateException(resource + " has a row without " + columns + " fields: " + line);
        }
        return fields;
    }

    private static byte[] read(String resource) {
        try (InputStream in = V2_1__Load_reference_regions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyAsNull(String field) {
        return field.isEmpty() ? null : field;
    }

    private static LocalDate dateOrNull(String field) {
        return field.isEmpty() ? null : LocalDate.parse(field);
    }
}
