package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;

/**
 * The README's Quick start, taken from the README, compiled and run in this JVM on the test class path: the fast
 * check of {@code mvn test}. {@link ConsumerProjectIT} checks the same files in a project of their own.
 */
class ReadmeSampleTest {
  @TempDir
  static Path work;
  private static ClassLoader compiled;

  @BeforeAll
  static void compile_the_readme_files() throws IOException {
    Path sources = Files.createDirectories(work.resolve("src"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    // -path: liens-einvoice's Mustang jar names a Class-Path of jars beside it, which Maven does not lay out
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", testClassPath(),
        "-Xlint:all,-processing,-classfile,-path", "-Werror", "-proc:none"));
    for (Map.Entry<String, String> file : ReadmeQuickStart.read().javaFiles().entrySet()) {
      Path source = sources.resolve(file.getKey() + ".java");
      Files.writeString(source, file.getValue());
      arguments.add(source.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    compiled = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeSampleTest.class.getClassLoader());
  }

  @Test
  void the_quick_start_shows_a_main_class_and_a_host_test() throws IOException {
    assertThat(ReadmeQuickStart.read().javaFiles()).containsOnlyKeys("QuickStart", "QuickStartTest");
  }

  @Test
  void on_a_fixed_clock_the_mip_runs_six_months_from_today() throws Exception {
    Clock clock = Clock.fixed(ZonedDateTime.of(2023, 10, 16, 9, 0, 0, 0, Liens.DEFAULT_ZONE).toInstant(),
        Liens.DEFAULT_ZONE);
    Method run = compiled.loadClass("QuickStart").getMethod("run", Clock.class);
    Accompaniment mip = (Accompaniment) run.invoke(null, clock);
    assertThat(mip.status()).isEqualTo(AccompanimentStatus.ACTIVE);
    assertThat(mip.lastDay()).contains(LocalDate.of(2024, 4, 15));
    assertThat(mip.contacts()).hasSize(1);
  }

  @Test
  void main_runs_on_the_system_clock() throws Exception {
    Method main = compiled.loadClass("QuickStart").getMethod("main", String[].class);
    LocalDate before = LocalDate.now(Liens.DEFAULT_ZONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(console);
    }
    LocalDate after = LocalDate.now(Liens.DEFAULT_ZONE);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ReferralValidated", "AccompanimentStarted", "ContactRecorded")
        .contains("MIP ACTIVE until ", ": 1 home visit of 6 to 7, ON_TRACK")
        .containsAnyOf(before.plusMonths(6).minusDays(1).toString(), after.plusMonths(6).minusDays(1).toString());
  }

  @Test
  void the_host_test_passes() throws Exception {
    assertThat(DocSamplesTest.runTests(compiled.loadClass("QuickStartTest"))).isEqualTo(1);
  }

  /** The class path surefire gives this test (java.class.path is only its booter jar). */
  private static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    assertThat(path.split(File.pathSeparator)).anyMatch(entry -> entry.contains("test-support") || entry.contains("liens-test"));
    return path;
  }
}
