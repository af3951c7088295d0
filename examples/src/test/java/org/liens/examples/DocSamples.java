package org.liens.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code ```java} blocks of README.md and docs/*.md. Each one is either a whole compilation unit (imports and a
 * top-level type), which the build compiles as written, or a fragment introduced by a line that links the compiled
 * file it is taken from ({@code *Inside [Name](path/to/Name.java)…:*}), which must contain it verbatim.
 */
final class DocSamples {
  static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile(
      "^(?:public )?(?:final |abstract )?(?:class|interface|record|enum) (\\w+)", Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
  /** The line just before a fragment's fence: it names the compiled file, relative to the page. */
  private static final Pattern FRAGMENT = Pattern.compile("^\\*Inside \\[[^\\]]+\\]\\(([^)#]+\\.java)\\)[^\n]*\\*$");
  /** The one kind of block the build cannot compile: it needs a library Liens does not depend on. */
  static final String NOT_COMPILED = "*Not compiled by the build: ";

  private DocSamples() {}

  /** One java block of a page. */
  record Block(Path page, int line, String code, String lineBefore) {
    /** {@return the name of its top-level type, when it is a whole compilation unit} */
    Optional<String> unitName() {
      Matcher type = TYPE.matcher(code);
      return IMPORT.matcher(code).find() && type.find() ? Optional.of(type.group(1)) : Optional.empty();
    }

    /** {@return the compiled file the block says it is part of, resolved against the page's directory} */
    Optional<Path> fragmentOf() {
      Matcher marker = FRAGMENT.matcher(lineBefore);
      return marker.matches() ? Optional.of(page.getParent().resolve(marker.group(1)).normalize())
          : Optional.empty();
    }

    boolean isMarkedNotCompiled() {
      return lineBefore.startsWith(NOT_COMPILED);
    }

    /** {@return the imported names (types, or members of static imports)} */
    List<String> imports() {
      return IMPORT.matcher(code).results().map(m -> m.group(1)).toList();
    }

    @Override
    public String toString() {
      return ROOT.relativize(page) + ":" + line;
    }
  }

  /** {@return every java block of README.md and docs/*.md, in page order} */
  static List<Block> all() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Block> blocks = new ArrayList<>();
    for (Path page : pages) {
      String text = Files.readString(page);
      Matcher block = BLOCK.matcher(text);
      while (block.find()) {
        String before = text.substring(0, block.start()).stripTrailing();
        String lineBefore = before.substring(before.lastIndexOf('\n') + 1);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        blocks.add(new Block(page, line, block.group(1), lineBefore));
      }
    }
    return blocks;
  }

  /**
   * Whether {@code source} holds {@code fragment} line for line, each line indented by the same extra prefix.
   *
   * @param source the compiled file
   * @param fragment the block of the page
   * @return true when it occurs verbatim at some indentation
   */
  static boolean occursIndented(String source, String fragment) {
    List<String> lines = source.lines().toList();
    List<String> wanted = fragment.lines().toList();
    for (int i = 0; i + wanted.size() <= lines.size(); i++) {
      String first = lines.get(i);
      if (!first.endsWith(wanted.get(0)) || !first.substring(0, first.length() - wanted.get(0).length()).isBlank()) {
        continue;
      }
      String indent = first.substring(0, first.length() - wanted.get(0).length());
      boolean all = true;
      for (int j = 1; j < wanted.size() && all; j++) {
        String expected = wanted.get(j).isEmpty() ? "" : indent + wanted.get(j);
        all = lines.get(i + j).equals(expected);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
