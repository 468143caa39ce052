package com.gongxuhui.org.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference CSV files as the service ships them, read independently of the migration, so that tests compare
 * what the database and the API say with the files rather than with numbers typed into the test.
 */
final class ReferenceFiles {

    record RegionRow(String code, String name, String level, String parentCode) {
    }

    record MembershipRow(String code, String list, String effectiveFrom, String effectiveTo) {

        boolean inForceOn(LocalDate date) {
            return (effectiveFrom.isEmpty() || !date.isBefore(LocalDate.parse(effectiveFrom)))
                    && (effectiveTo.isEmpty() || !date.isAfter(LocalDate.parse(effectiveTo)));
        }
    }

    private ReferenceFiles() {
    }

    static List<RegionRow> regions() {
        return rows("/reference/zhejiang-regions.csv").stream()
                .map(f -> new RegionRow(f[0], f[1], f[2], f[3]))
                .toList();
    }

    static List<MembershipRow> memberships() {
        return rows("/reference/mountain-counties.csv").stream()
                .map(f -> new MembershipRow(f[0], f[1], f[2], f[3]))
                .toList();
    }

    static long count(String level) {
        return regions().stream().filter(region -> region.level().equals(level)).count();
    }

    static List<String> childrenOf(String code) {
        return regions().stream().filter(region -> region.parentCode().equals(code)).map(RegionRow::code).sorted()
                .toList();
    }

    static Set<String> mountainCountiesOn(LocalDate date) {
        return memberships().stream().filter(row -> row.inForceOn(date)).map(MembershipRow::code)
                .collect(Collectors.toSet());
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = ReferenceFiles.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
