package shop.atelier.platform.internal.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server, used only when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the server keeps its data
 * @param temporary a throw-away server in a temporary directory instead (tests)
 * @param port TCP port on loopback; 0 picks a free one at every start
 * @param database name of the application database inside the server
 */
@ConfigurationProperties("atelier.database.embedded")
record EmbeddedDatabaseProperties(String dataDirectory, boolean temporary, int port, String database) {

    EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null || dataDirectory.isBlank() ? "data/postgres" : dataDirectory.trim();
        database = database == null || database.isBlank() ? "atelier" : database;
    }

    boolean persistent() {
        return !temporary;
    }
}
