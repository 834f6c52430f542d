package cn.salescrm.service.startup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * PostgreSQL runs its own scripts besides the common ones; every other database runs the common ones.
 */
class MigrationLocationsTest {

    @Test
    void postgresqlAddsItsFolder() {
        assertArrayEquals(new String[] {"classpath:db/migration", "classpath:db/postgresql"},
                MigrationLocations.forProduct("PostgreSQL"));
    }

    @Test
    void h2RunsCommonScripts() {
        assertArrayEquals(new String[] {"classpath:db/migration"}, MigrationLocations.forProduct("H2"));
    }

    @Test
    void urlNamesPostgresql() {
        assertArrayEquals(MigrationLocations.forProduct("PostgreSQL"),
                MigrationLocations.forUrl("jdbc:postgresql://127.0.0.1:5432/crm"));
    }

    @Test
    void h2UrlRunsCommonScripts() {
        assertArrayEquals(new String[] {"classpath:db/migration"}, MigrationLocations.forUrl("jdbc:h2:mem:crm"));
    }
}
