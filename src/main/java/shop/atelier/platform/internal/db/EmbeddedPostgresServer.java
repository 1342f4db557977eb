package shop.atelier.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL binaries (from Maven Central) run as a child process of the application.
 *
 * <p>One server per data directory and JVM, shared by reference count: the application context
 * stops it when it closes (Ctrl-C included); several test contexts in one JVM share one throw-away
 * server. A server left behind by an application that was killed with {@code kill -9} is shut down
 * before a new one starts on the same directory, so the next start succeeds and keeps the data.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<String, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final String key;
    private final EmbeddedPostgres postgres;
    private final String database;
    private int references;

    private EmbeddedPostgresServer(String key, EmbeddedPostgres postgres, String database) {
        this.key = key;
        this.postgres = postgres;
        this.database = database;
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
        var key = properties.persistent()
                ? Path.of(properties.dataDirectory())
                        .toAbsolutePath()
                        .normalize()
                        .toString()
                : "";
        var server = RUNNING.get(key);
        if (server == null) {
            server = new EmbeddedPostgresServer(key, start(properties), properties.database());
            server.createDatabaseIfMissing();
            RUNNING.put(key, server);
        }
        server.references++;
        return server;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public void close() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--references > 0) {
                return;
            }
            RUNNING.remove(key);
        }
        try {
            log.info("Stopping embedded PostgreSQL");
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        // The application context stops the server after everything using it; zonky's own JVM
        // shutdown hook would stop it first and leave closing contexts waiting for connections.
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        try {
            if (properties.persistent()) {
                var directory =
                        Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
                Files.createDirectories(directory);
                stopLeftOverServer(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
                log.info("Starting embedded PostgreSQL with data in {}", directory);
            } else {
                log.info("Starting throw-away embedded PostgreSQL");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A JVM killed with {@code kill -9} leaves its PostgreSQL child running, holding the data
     * directory. Shut that server down (a fast, clean shutdown: committed data is on disk) so that
     * this start can take the directory over.
     */
    static void stopLeftOverServer(Path directory) throws IOException {
        var pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()
                || !process.get()
                        .info()
                        .command()
                        .map(c -> c.contains("postgres"))
                        .orElse(false)) {
            return;
        }
        log.warn("Found embedded PostgreSQL (pid {}) left running by an earlier start; shutting it down", pid);
        var handle = process.get();
        // SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the old JVM.
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("Left-over PostgreSQL did not stop within 30 s; killing it");
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + pid + ") that holds "
                        + directory + "; stop it by hand and start again");
            }
        }
    }

    private void createDatabaseIfMissing() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Invalid embedded database name: " + database);
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }
}
