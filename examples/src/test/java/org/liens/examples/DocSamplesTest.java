package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liens.examples.DocSamples.Block;

/**
 * Every java block of README.md and docs/*.md compiles as written: the whole compilation units are compiled (and
 * their tests run) here, the Quick start's by {@link ReadmeSampleTest}; a fragment must occur verbatim in the
 * compiled sample its page links.
 */
class DocSamplesTest {
  private static final Path COMPILED_SOURCES = DocSamples.ROOT.resolve("examples").resolve("src").normalize();

  @Test
  void every_java_block_is_a_whole_compilation_unit_or_a_fragment_of_a_named_compiled_sample() throws IOException {
    List<String> neither = DocSamples.all().stream()
        .filter(b -> b.unitName().isEmpty() && b.fragmentOf().isEmpty() && !b.isMarkedNotCompiled())
        .map(Block::toString).toList();
    assertThat(neither).as("blocks with no imports and no \"*Inside [Sample](path/Sample.java):*\" line before them")
        .isEmpty();
  }

  @Test
  void only_the_spring_sample_is_not_compiled() throws IOException {
    List<Block> notCompiled = DocSamples.all().stream().filter(Block::isMarkedNotCompiled).toList();
    assertThat(notCompiled).singleElement().satisfies(b -> {
      assertThat(b.page().getFileName()).hasToString("jdbc.md");
      assertThat(b.code()).contains("DataSourceUtils", "TransactionSynchronizationManager");
    });
  }

  @Test
  void every_fragment_occurs_verbatim_in_a_sample_this_build_compiles() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Block block : DocSamples.all()) {
      if (block.fragmentOf().isPresent()) {
        Path sample = block.fragmentOf().get();
        boolean compiled = sample.startsWith(COMPILED_SOURCES.resolve("main").resolve("java"))
            || sample.startsWith(COMPILED_SOURCES.resolve("test").resolve("java"));
        if (!compiled || !Files.isRegularFile(sample)
            || !DocSamples.occursIndented(Files.readString(sample), block.code())) {
          missing.add(block + " not found in " + sample);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(DocSamples.all().stream().filter(b -> b.fragmentOf().isPresent())).hasSizeGreaterThan(10);
  }

  @Test
  void a_fragment_matches_only_at_one_indentation_line_for_line() {
    String source = "class A {\n  void f() {\n    int a = 1;\n\n    int b = 2;\n  }\n}\n";
    assertThat(DocSamples.occursIndented(source, "int a = 1;\n\nint b = 2;")).isTrue();
    assertThat(DocSamples.occursIndented(source, "int a = 1;\nint b = 2;")).isFalse();
    assertThat(DocSamples.occursIndented(source, "void f() {\nint a = 1;")).isFalse();
    assertThat(DocSamples.occursIndented(source, "int a = 2;")).isFalse();
  }

  @Test
  void the_whole_compilation_units_compile_and_their_tests_pass(@TempDir Path work) throws Exception {
    Collection<String> quickStart = ReadmeQuickStart.read().javaFiles().values();
    Path sources = Files.createDirectories(work.resolve("src"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    // -path: liens-einvoice's Mustang jar names a Class-Path of jars beside it, which Maven does not lay out
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "-Xlint:all,-processing,-classfile,-path", "-Werror", "-proc:none"));
    List<String> tests = new ArrayList<>();
    for (Block block : DocSamples.all()) {
      if (block.unitName().isPresent() && !quickStart.contains(block.code() + "\n")) {
        String name = block.unitName().get();
        Files.writeString(sources.resolve(name + ".java"), block.code() + "\n");
        arguments.add(sources.resolve(name + ".java").toString());
        if (name.endsWith("Test")) {
          tests.add(name);
        }
      }
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(tests).contains("MoneySampleTest");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        DocSamplesTest.class.getClassLoader())) {
      for (String name : tests) {
        assertThat(runTests(loader.loadClass(name))).as(name).isPositive();
      }
    }
  }

  /** Runs every {@code @Test} method of {@code test} on one instance; {@return how many ran} */
  static int runTests(Class<?> test) throws Exception {
    var constructor = test.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    int run = 0;
    for (Method method : test.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class)) {
        method.setAccessible(true);
        method.invoke(instance);
        run++;
      }
    }
    return run;
  }
}
