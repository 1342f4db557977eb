package shop.atelier.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps data across restarts, and a start after {@code kill -9} of the
 * application (which leaves its PostgreSQL child running) still succeeds with nothing committed
 * lost.
 */
class EmbeddedPostgresServerTests {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossARegularRestart() throws Exception {
        var properties = new EmbeddedDatabaseProperties(directory.toString(), false, 0, "atelier");
        try (var server = EmbeddedPostgresServer.acquire(properties)) {
            execute(server.jdbcUrl(), "create table kept (v text); insert into kept values ('before restart')");
        }
        assertThat(Files.exists(directory.resolve("postmaster.pid"))).isFalse();
        try (var server = EmbeddedPostgresServer.acquire(properties)) {
            assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("before restart");
        }
    }

    @Test
    void startsAfterTheApplicationWasKilledWithSigkill() throws Exception {
        var child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(EmbeddedPostgresChild.READY));
            assertThat(line).as("child started PostgreSQL and committed a row").isEqualTo(EmbeddedPostgresChild.READY);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL stays up
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        var leftOverPid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid"))
                .getFirst()
                .trim());
        assertThat(ProcessHandle.of(leftOverPid).map(ProcessHandle::isAlive)).contains(true);

        var properties = new EmbeddedDatabaseProperties(directory.toString(), false, 0, "atelier");
        try (var server = EmbeddedPostgresServer.acquire(properties)) {
            assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("committed before kill -9");
        }
        assertThat(ProcessHandle.of(leftOverPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }

    static void execute(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String query(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url);
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
