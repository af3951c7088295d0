package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: Flyway is an optional dependency. A host without Flyway on its classpath (it migrates otherwise, or runs
 * a Flyway Liens must not force on it) builds and uses a {@link JdbcStorage}; only the migrations need Flyway, and
 * they say so. Runs {@link WithoutFlyway} in a class loader made of the test class path without the Flyway jars.
 */
class FlywayIsOptionalTest {

  @Test
  void aStorageWorksWithoutFlywayAndOnlyTheMigrationsAskForIt(@TempDir Path folder) throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("liens").toAbsolutePath();
    JdbcDataSource migrated = new JdbcDataSource();
    migrated.setURL(url);
    JdbcStorage.migrate(migrated); // with Flyway, here; the database closes with its last connection

    List<URL> withoutFlyway = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank() && !entry.contains("flyway")) {
        withoutFlyway.add(url(entry));
      }
    }
    String seen;
    try (URLClassLoader loader = new URLClassLoader(withoutFlyway.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      @SuppressWarnings("unchecked")
      Function<String, String> run = (Function<String, String>) loader.loadClass(WithoutFlyway.class.getName())
          .getDeclaredConstructor().newInstance();
      seen = run.apply(url);
    }

    assertThat(seen).startsWith("flyway absent\nstored true\nevents 1\nSTORAGE_FAILURE: ")
        .contains("Flyway is not on the classpath");
    assertThat(Files.list(folder)).isNotEmpty();
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
