// A check by hand, not part of the build: Liens logs through slf4j-api 1.7 as well as 2.0, as long as the API and
// the binding match. Classpath: core/target/classes, storage-jdbc/target/classes, h2, flyway-core (11.20.3 here),
// Jackson 2.21, plus the slf4j-api and slf4j-simple jars of each line below. Last run (2026-12-03):
//   slf4j-api 1.7.36 + slf4j-simple 1.7.36: "[main] INFO org.liens.storage.jdbc.LiensMigrations - Liens schema on H2: 7 migration(s) applied"
//   slf4j-api 2.0.17 + slf4j-simple 1.7.36: "SLF4J(W): No SLF4J providers were found ... Ignoring binding found at
//                                           [...slf4j-simple-1.7.36.jar...]", and no Liens line: silent
//   slf4j-api 2.0.17 + slf4j-simple 2.0.17: the Liens line again
import org.liens.storage.jdbc.JdbcStorage;
public class Slf4jCheck {
  public static void main(String[] args) {
    var ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:slf;DB_CLOSE_DELAY=-1");
    System.out.println("migrated to " + JdbcStorage.migrate(ds)); // Liens logs one INFO line here
  }
}
