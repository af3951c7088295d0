// A check by hand, not part of the build (it needs Flyway 11 from Maven Central): the Liens migrations run on
// Flyway 11.20.3, whose runtime needs Jackson 2 only. From the repository root, after
// `mvn -B -ntp -o -pl storage-jdbc -am test-compile`:
//   (cd docs/host-classpath-checks && mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
//      -Dmdep.outputFile=cp.txt)   # flyway-core, -database-postgresql, -mysql 11.20.3 and jackson-databind 2.19.1
//   java -cp "core/target/classes:storage-jdbc/target/classes:storage-jdbc/target/test-classes:\
//      storage-tck/target/classes:$(cat docs/host-classpath-checks/cp.txt):<jackson-datatype-jdk8/jsr310 2.21, slf4j-api and
//      slf4j-simple 2.0.17, h2, postgresql, mariadb-java-client jars>" docs/host-classpath-checks/Fw11.java
// Last run (2026-12-03, PostgreSQL and MariaDB at the test URLs, databases hosttx_fw11a/b created and dropped):
//   H2: JdbcStorage.migrate -> 7; LiensMigrations on the host's Flyway: 7 migrations, success true, then migrate -> 7;
//   household stored and read: true (the same line for PostgreSQL and MariaDB)
import java.sql.*;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.liens.household.*;
import org.liens.shared.PersonName;
import org.liens.storage.Repositories;
import org.liens.storage.jdbc.*;

public class Fw11 {
  public static void main(String[] args) throws Exception {
    System.out.println("Flyway " + Flyway.class.getProtectionDomain().getCodeSource().getLocation());
    check("H2", h2("jdbc:h2:mem:fw11a;DB_CLOSE_DELAY=-1"), h2("jdbc:h2:mem:fw11b;DB_CLOSE_DELAY=-1"));
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS hosttx_fw11a"); s.execute("CREATE DATABASE hosttx_fw11a");
      s.execute("DROP DATABASE IF EXISTS hosttx_fw11b"); s.execute("CREATE DATABASE hosttx_fw11b");
    }
    check("PostgreSQL", pg("hosttx_fw11a"), pg("hosttx_fw11b"));
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test?user=root"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS hosttx_fw11a"); s.execute("CREATE DATABASE hosttx_fw11a");
      s.execute("DROP DATABASE IF EXISTS hosttx_fw11b"); s.execute("CREATE DATABASE hosttx_fw11b");
    }
    check("MariaDB", maria("hosttx_fw11a"), maria("hosttx_fw11b"));
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE hosttx_fw11a"); s.execute("DROP DATABASE hosttx_fw11b");
    }
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test?user=root"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE hosttx_fw11a"); s.execute("DROP DATABASE hosttx_fw11b");
    }
  }

  static void check(String name, DataSource viaLiens, DataSource viaHost) throws Exception {
    String version = JdbcStorage.migrate(viaLiens);
    MigrateResult result = LiensMigrations.configure(Flyway.configure().dataSource(viaHost)).load().migrate();
    String again = JdbcStorage.migrate(viaHost);
    JdbcStorage storage = JdbcStorage.builder(viaHost).build();
    Household h = Household.register(HouseholdId.of(UUID.randomUUID()), profile()).after();
    storage.inTransaction((Repositories r) -> r.households().save(h));
    boolean found = storage.read((Repositories r) -> r.households().find(h.id())).isPresent();
    System.out.println(name + ": JdbcStorage.migrate -> " + version + "; LiensMigrations on the host's Flyway: "
        + result.migrationsExecuted + " migrations, success " + result.success + ", then migrate -> " + again
        + "; household stored and read: " + found);
  }

  static HouseholdProfile profile() throws Exception {
    // the tests' helper builds one; reuse it by reflection to keep this check short
    Class<?> t = Class.forName("org.liens.storage.jdbc.AbstractJdbcStorageTest");
    var m = t.getDeclaredMethod("profile", String.class);
    m.setAccessible(true);
    return (HouseholdProfile) m.invoke(null, "Anne");
  }

  static DataSource h2(String url) { var ds = new org.h2.jdbcx.JdbcDataSource(); ds.setURL(url); return ds; }
  static DataSource pg(String db) { var ds = new org.postgresql.ds.PGSimpleDataSource(); ds.setURL("jdbc:postgresql://127.0.0.1:5432/" + db + "?user=postgres"); return ds; }
  static DataSource maria(String db) throws SQLException { return new org.mariadb.jdbc.MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/" + db + "?user=root"); }
}
