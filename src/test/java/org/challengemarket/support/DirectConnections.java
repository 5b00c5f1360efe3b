package org.challengemarket.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Connections of their own to the service's database, as another instance of the service would
 * have: what they write commits outside the service's transactions and reaches it only through
 * the database.
 */
public final class DirectConnections {

    private DirectConnections() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    public static String user() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.username", String.class)
                .orElse(null);
    }

    public static String password() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(null);
    }
}
