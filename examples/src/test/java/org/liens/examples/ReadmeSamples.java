package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Checks that the README shows, as a java block, exactly the code between {@code tag::x[]} and {@code end::x[]}. */
final class ReadmeSamples {
  static final Path README = Path.of("..", "README.md");

  private ReadmeSamples() {}

  static void assertReadmeShows(Class<?> test, String tag) throws IOException {
    Path self = Path.of("src", "test", "java").resolve(test.getName().replace('.', '/') + ".java");
    String source = Files.readString(self);
    String start = "// tag::" + tag + "[]";
    String sample = source.substring(source.indexOf(start) + start.length(), source.indexOf("    // end::" + tag + "[]"));
    String dedented = sample.lines().skip(1).map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
    assertThat(Files.readString(README)).contains("```java\n" + dedented + "\n```");
  }
}
