package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A host's project outside the reactor, built with Maven from the README alone: its pom is {@code
 * src/it/quickstart/pom.xml} with the Quick start's pom snippet in it, its sources are the Quick start's Java files
 * and the docs' other whole compilation units that need no more than its dependencies (the money sample).
 * The Liens artifacts this build packaged are installed (pom and jar, laid out as {@code mvn install} lays them) into
 * a throwaway local repository under {@code target/consumer-it}; the consumer build reads everything else from the
 * outer build's local repository, read-only, and never writes to it. Run by {@code mvn verify} (phase
 * integration-test, after the library jars are packaged).
 *
 * <p>The consumer runs {@code mvn test} (the README's {@code QuickStartTest}), then {@code dependency:tree}, whose
 * output must equal {@code docs/dependency-tree.txt} and the tree the README shows; then this test runs the
 * README's {@code QuickStart} on the consumer's runtime class path.
 */
class ConsumerProjectIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path WORK = Path.of("target", "consumer-it").toAbsolutePath();
  private static final Path TREE = ROOT.resolve("docs").resolve("dependency-tree.txt");
  /** The Liens artifacts a host of the Quick start needs, with their poms' parents: artifact id to module dir. */
  private static final Map<String, String> ARTIFACTS = Map.of("liens-parent", ".", "liens-bom", "bom",
      "liens-core", "core", "liens-storage-memory", "storage-memory", "liens-test", "test-support");

  @Test
  void the_readme_quick_start_builds_and_runs_in_a_project_of_its_own() throws Exception {
    deleteRecursively(WORK);
    Path repository = Files.createDirectories(WORK.resolve("repository"));
    Path project = Files.createDirectories(WORK.resolve("project"));
    install(repository);
    writeProject(project, ReadmeQuickStart.read());

    List<String> command = new ArrayList<>(List.of(maven(), "-B", "-ntp", "-s", settings().toString(),
        "-Dmaven.repo.local=" + repository, "test", "dependency:tree", "-DoutputFile=" + WORK.resolve("tree.txt"),
        "dependency:build-classpath", "-Dmdep.outputFile=" + WORK.resolve("classpath.txt"),
        "-DincludeScope=runtime"));
    if (System.getProperty("liens.offline", "").equals("offline=true")) {  // as this build is
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    Path log = WORK.resolve("build.log");
    int status = run(command, project, log);
    assertThat(status).as("the consumer build failed; its log, %s, ends with:%n%s", log, tail(log)).isZero();
    assertThat(Files.readString(project.resolve("target/surefire-reports/QuickStartTest.txt")))
        .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    List<String> docTests = publishedOnlyUnits().stream().map(b -> b.unitName().orElseThrow())
        .filter(name -> name.endsWith("Test")).toList();
    assertThat(docTests).contains("MoneySampleTest");
    for (String name : docTests) {
      assertThat(Files.readString(project.resolve("target/surefire-reports/" + name + ".txt"))).as(name)
          .containsPattern("Tests run: [1-9]\\d*, Failures: 0, Errors: 0, Skipped: 0");
    }

    String tree = Files.readString(WORK.resolve("tree.txt")).strip();
    assertThat(tree).as("the consumer's Liens artifacts come from this build")
        .contains("org.liens:liens-core:jar:" + version() + ":compile");
    assertThat(Files.exists(TREE) ? Files.readString(TREE).strip() : "")
        .as("docs/dependency-tree.txt is the consumer's tree; replace it with %s", WORK.resolve("tree.txt"))
        .isEqualTo(tree);
    assertThat(Files.readString(ReadmeQuickStart.README)).as("the README shows the dependency tree a host gets")
        .contains("```text\n" + tree + "\n```");

    Path quickStartLog = WORK.resolve("quickstart.log");
    String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
        + Files.readString(WORK.resolve("classpath.txt")).strip();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    int ran = run(List.of(java.toString(), "-cp", classpath, "QuickStart"), project, quickStartLog);
    assertThat(ran).as(tail(quickStartLog)).isZero();
    assertThat(Files.readString(quickStartLog)).contains("ReferralValidated", "AccompanimentStarted",
        "MIP ACTIVE until ", ": 1 home visit of 6 to 7, ON_TRACK");
  }

  /** What {@code mvn install} writes for each artifact: its pom and, but for pom packaging, its jar. */
  private static void install(Path repository) throws IOException {
    String version = version();
    for (Map.Entry<String, String> artifact : ARTIFACTS.entrySet()) {
      String id = artifact.getKey();
      Path module = ROOT.resolve(artifact.getValue());
      Path target = Files.createDirectories(repository.resolve("org/liens").resolve(id).resolve(version));
      Files.copy(module.resolve("pom.xml"), target.resolve(id + "-" + version + ".pom"));
      Path jar = module.resolve("target").resolve(id + "-" + version + ".jar");
      if (Files.isDirectory(module.resolve("src"))) {
        assertThat(jar).as("%s is packaged before this test: run mvn verify", id).isRegularFile();
        Files.copy(jar, target.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  private static void writeProject(Path project, ReadmeQuickStart quickStart) throws IOException {
    String template = Files.readString(Path.of("src", "it", "quickstart", "pom.xml"));
    String marker = "  <!-- README QUICK START -->";
    assertThat(template).contains(marker);
    Files.writeString(project.resolve("pom.xml"), template.replace(marker, quickStart.pomSnippet()));
    for (Map.Entry<String, String> file : quickStart.javaFiles().entrySet()) {
      Path dir = project.resolve(quickStart.isTest(file.getKey()) ? "src/test/java" : "src/main/java");
      Files.writeString(Files.createDirectories(dir).resolve(file.getKey() + ".java"), file.getValue());
    }
    for (DocSamples.Block unit : publishedOnlyUnits()) {
      String name = unit.unitName().orElseThrow();
      Path dir = project.resolve(name.endsWith("Test") ? "src/test/java" : "src/main/java");
      Files.writeString(Files.createDirectories(dir).resolve(name + ".java"), unit.code() + "\n");
    }
  }

  /**
   * The whole compilation units of the docs, the Quick start's aside, that a host builds with the Quick start's
   * dependencies alone (liens-core, liens-storage-memory, liens-test, JUnit): the others need a module it lacks.
   */
  private static List<DocSamples.Block> publishedOnlyUnits() throws IOException {
    var quickStart = ReadmeQuickStart.read().javaFiles().values();
    return DocSamples.all().stream()
        .filter(b -> b.unitName().isPresent() && !quickStart.contains(b.code() + "\n"))
        .filter(b -> b.imports().stream().allMatch(ConsumerProjectIT::inTheQuickStartDependencies))
        .toList();
  }

  private static boolean inTheQuickStartDependencies(String name) {
    if (name.startsWith("org.liens.")) {
      return !name.startsWith("org.liens.storage.jdbc.") && !name.startsWith("org.liens.storage.tck.")
          && !name.startsWith("org.liens.micrometer.") && !name.startsWith("org.liens.examples.");
    }
    return name.startsWith("java.") || name.startsWith("org.junit.");
  }

  private static Path settings() throws IOException {
    Path outer = Path.of(System.getProperty("liens.outer.repository",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    String template = Files.readString(Path.of("src", "it", "quickstart", "settings.xml"));
    Path settings = WORK.resolve("settings.xml");
    Files.writeString(settings, template.replace("LIENS_OUTER_REPOSITORY", outer.toUri().toString()));
    return settings;
  }

  private static String maven() {
    String home = System.getProperty("maven.home");
    assertThat(home).as("surefire passes maven.home, the Maven that runs this build").isNotBlank();
    return Path.of(home, "bin", "mvn").toString();
  }

  private static String version() {
    String version = System.getProperty("liens.version");
    assertThat(version).as("surefire passes liens.version, the project's version").isNotBlank();
    return version;
  }

  private static int run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out after 5 minutes: " + String.join(" ", command));
    }
    return process.exitValue();
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
