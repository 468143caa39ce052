package com.gongxuhui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SQL of every service (migrations, Java migrations, mappers' and JdbcTemplate's statements) and of deploy/
 * avoids what MySQL 8.4 deprecates or removed, while the same SQL runs on MariaDB here (docs/architecture.md,
 * "Database compatibility", lists the checks and the choices). MariaDB accepts most of these, so the tests that
 * run the SQL on MariaDB cannot catch them: this reads the text.
 */
class MySql84CompatibilityTest {

    /** Keywords MySQL 8.0 and 8.4 reserved that MariaDB does not all reserve: unquoted identifiers break on MySQL. */
    private static final Set<String> RESERVED_IN_MYSQL_8 = Set.of("cume_dist", "dense_rank", "empty", "except",
            "first_value", "grouping", "groups", "json_table", "lag", "last_value", "lateral", "lead", "nth_value",
            "ntile", "of", "over", "percent_rank", "rank", "recursive", "row_number", "system", "window", "manual",
            "parallel", "qualify", "tablesample");

    private record Rule(String what, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("VALUES() in ON DUPLICATE KEY UPDATE (deprecated in 8.0.20; MariaDB has no row alias: bind the "
                    + "value again)", Pattern.compile("[=+\\-*/,]\\s*VALUES\\s*\\(", Pattern.CASE_INSENSITIVE)),
            new Rule("SQL_CALC_FOUND_ROWS / FOUND_ROWS() (deprecated in 8.0.17)",
                    Pattern.compile("SQL_CALC_FOUND_ROWS|FOUND_ROWS\\s*\\(", Pattern.CASE_INSENSITIVE)),
            new Rule("utf8 / utf8mb3 (deprecated; the schemas are utf8mb4)",
                    Pattern.compile("(CHARSET|CHARACTER\\s+SET)\\s*=?\\s*utf8(mb3)?\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("integer display width (deprecated in 8.0.17, except TINYINT(1))",
                    Pattern.compile("\\b(SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\\s*\\(\\s*\\d+\\s*\\)|\\bTINYINT\\s*\\(\\s*[02-9]\\d*\\s*\\)",
                            Pattern.CASE_INSENSITIVE)),
            new Rule("ZEROFILL, FLOAT(M,D) / DOUBLE(M,D), UNSIGNED DECIMAL (deprecated in 8.0.17)",
                    Pattern.compile("\\bZEROFILL\\b|\\b(FLOAT|DOUBLE|REAL)\\s*\\(\\s*\\d+\\s*,|\\bDECIMAL\\s*\\([^)]*\\)\\s*UNSIGNED",
                            Pattern.CASE_INSENSITIVE)),
            new Rule("query cache hints (removed in 8.0)", Pattern.compile("\\bSQL_(NO_)?CACHE\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("user variables assigned in expressions (deprecated in 8.0.13)", Pattern.compile("@\\w+\\s*:=")),
            new Rule("PASSWORD() / ENCRYPT() / DES_ENCRYPT() (removed in 8.0)",
                    // in capitals, as the code writes SQL functions: a script's "password (…)" is prose
                    Pattern.compile("\\b(PASSWORD|ENCRYPT|DES_ENCRYPT|DES_DECRYPT)\\s*\\(")),
            new Rule("GROUP BY … ASC/DESC (removed in 8.0)",
                    Pattern.compile("GROUP\\s+BY\\s+[\\w.,\\s]+\\s(ASC|DESC)\\b(?![^\\n]*ORDER)", Pattern.CASE_INSENSITIVE)),
            new Rule("replication statements renamed in 8.4 (SHOW MASTER STATUS, CHANGE MASTER, --master-data)",
                    Pattern.compile("SHOW\\s+MASTER\\s+STATUS|CHANGE\\s+MASTER|RESET\\s+MASTER|--master-data", Pattern.CASE_INSENSITIVE)),
            new Rule("mysql_native_password (disabled by default in 8.4) / default_authentication_plugin (removed)",
                    Pattern.compile("mysql_native_password|default[_-]authentication[_-]plugin", Pattern.CASE_INSENSITIVE)));

    private static final Pattern JAVA_STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    /** The code writes SQL keywords in capitals; prose ("Create a …") is not SQL. */
    private static final Pattern SQL_WORDS = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|FROM|WHERE)\\b");
    /** A word that is not quoted and not called (RANK(), OVER (…) are the keywords, used as such). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![`'\\w])([a-z_][a-z0-9_]*)(?![`'\\w]|\\s*\\()",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'");

    @Test
    void noStatementUsesWhatMySql84DeprecatesOrRemoved() {
        List<String> findings = new ArrayList<>();
        for (SqlText sql : everySql()) {
            for (Rule rule : RULES) {
                Matcher matcher = rule.pattern().matcher(sql.text());
                while (matcher.find()) {
                    findings.add(sql.where() + ": " + rule.what() + ": " + matcher.group().strip());
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void noUnquotedIdentifierIsAWordMySql8Reserved() {
        List<String> findings = new ArrayList<>();
        for (SqlText sql : everySql().stream().filter(SqlText::statements).toList()) {
            Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(withoutComments(sql.text())).replaceAll("''"));
            while (identifier.find()) {
                if (RESERVED_IN_MYSQL_8.contains(identifier.group(1).toLowerCase(Locale.ROOT))) {
                    findings.add(sql.where() + ": " + identifier.group(1));
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theRulesFindWhatTheyName() {
        List<String> bad = List.of(
                "INSERT INTO t (a, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE a = VALUES(a)",
                "UPDATE r SET n = n + VALUES(n)",
                "SELECT SQL_CALC_FOUND_ROWS * FROM t",
                "CREATE TABLE t (id INT(11)) DEFAULT CHARSET=utf8",
                "CREATE TABLE t (p DOUBLE(10,2) ZEROFILL)",
                "SHOW MASTER STATUS");
        for (String sql : bad) {
            assertThat(RULES.stream().anyMatch(rule -> rule.pattern().matcher(sql).find())).as(sql).isTrue();
        }
        String good = "INSERT INTO t (a, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE a = ?, n = n + ?; "
                + "CREATE TABLE t (id BIGINT NOT NULL, ok TINYINT(1), amount DECIMAL(12,2)) DEFAULT CHARSET=utf8mb4";
        assertThat(RULES.stream().filter(rule -> rule.pattern().matcher(good).find()).map(Rule::what)).isEmpty();
        assertThat(IDENTIFIER.matcher("SELECT staff_id, points AS rank FROM t").results().map(m -> m.group(1)))
                .contains("rank");
        assertThat(IDENTIFIER.matcher("SELECT `rank` FROM t").results().map(m -> m.group(1))).doesNotContain("rank");
        assertThat(IDENTIFIER.matcher("SELECT COUNT(*) OVER () AS total FROM t").results().map(m -> m.group(1)))
                .doesNotContain("OVER");
    }

    /** A statement's text, or a whole file's; {@code statements}: SQL only (no script, whose prose would match). */
    private record SqlText(String where, String text, boolean statements) {
    }

    /** SQL files of the services and deploy/, and the SQL-looking string literals of the services' Java code. */
    private static List<SqlText> everySql() {
        List<SqlText> all = new ArrayList<>();
        List<Path> roots = new ArrayList<>(List.of(Repository.ROOT.resolve("common-lib/src/main"),
                Repository.ROOT.resolve("deploy/production"), Repository.ROOT.resolve("deploy/helm"),
                Repository.ROOT.resolve("deploy/backup")));
        Repository.SERVICES.forEach(service -> roots.add(Repository.module(service).resolve("src/main")));
        for (Path root : roots) {
            for (Path file : Repository.files(root)) {
                String name = file.getFileName().toString();
                String where = Repository.ROOT.relativize(file).toString();
                if (name.endsWith(".sql") || name.endsWith(".xml") || name.endsWith(".sh")) {
                    all.add(new SqlText(where, Repository.read(file), name.endsWith(".sql")));
                } else if (name.endsWith(".java")) {
                    Matcher literal = JAVA_STRING.matcher(Repository.read(file));
                    while (literal.find()) {
                        String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                        if (SQL_WORDS.matcher(text).find()) {
                            all.add(new SqlText(where, text, true));
                        }
                    }
                }
            }
        }
        assertThat(all).as("SQL found").hasSizeGreaterThan(100);
        return all;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?m)(--|#).*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
