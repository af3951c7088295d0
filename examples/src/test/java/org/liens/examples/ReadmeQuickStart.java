package org.liens.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's Quick start as a host copies it: the pom snippet and the Java files, taken from the README itself so
 * that the page is the single source of what the build compiles.
 */
final class ReadmeQuickStart {
  static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("```(xml|java)\n(.*?)\n```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("^(?:public )?(?:final )?class (\\w+)", Pattern.MULTILINE);

  private final String xml;
  private final Map<String, String> javaFiles;

  private ReadmeQuickStart(String xml, Map<String, String> javaFiles) {
    this.xml = xml;
    this.javaFiles = javaFiles;
  }

  /** Reads the section "## Quick start" of the README: its one xml block and its java compilation units. */
  static ReadmeQuickStart read() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## Quick start\n");
    int end = readme.indexOf("\n## ", start + 1);
    if (start < 0 || end < 0) {
      throw new IllegalStateException("the README has no section \"## Quick start\"");
    }
    Matcher block = BLOCK.matcher(readme.substring(start, end));
    List<String> xml = new ArrayList<>();
    Map<String, String> java = new LinkedHashMap<>();
    while (block.find()) {
      if (block.group(1).equals("xml")) {
        xml.add(block.group(2));
      } else {
        Matcher type = TYPE.matcher(block.group(2));
        if (!type.find()) {
          throw new IllegalStateException("a java block of the Quick start declares no class");
        }
        java.put(type.group(1), block.group(2) + "\n");
      }
    }
    if (xml.size() != 1 || java.isEmpty()) {
      throw new IllegalStateException("the Quick start must show one pom snippet and at least one class");
    }
    return new ReadmeQuickStart(xml.get(0), java);
  }

  /** {@return the pom snippet: dependencyManagement and dependencies, as a host pastes them into its project} */
  String pomSnippet() {
    return xml;
  }

  /** {@return the Java files by class name, in the order the README shows them} */
  Map<String, String> javaFiles() {
    return javaFiles;
  }

  /** {@return the class names that are tests: those a host puts under src/test/java} */
  boolean isTest(String className) {
    return className.endsWith("Test");
  }
}
