package shop.atelier.platform.internal.db;

/** Stands in for an application that is killed with SIGKILL while its embedded server runs. */
final class EmbeddedPostgresChild {

    static final String READY = "READY";

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(args[0], false, 0, "atelier"));
        EmbeddedPostgresServerTests.execute(
                server.jdbcUrl(), "create table kept (v text); insert into kept values ('committed before kill -9')");
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }
}
