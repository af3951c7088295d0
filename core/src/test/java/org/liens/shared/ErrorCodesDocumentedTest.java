package org.liens.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, bad input: every code a refusal may carry is documented in the README, so that the codes the storage
 * contract's {@code BadInputContract} meets (each an {@link ErrorCode}) are all in the README's error tables.
 */
class ErrorCodesDocumentedTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmeNamesEveryErrorCode() throws IOException {
    String readme = Files.readString(README);
    assertThat(Arrays.stream(ErrorCode.values()).map(code -> "`" + code.name() + "`"))
        .allSatisfy(code -> assertThat(readme).as("the README documents %s", code).contains(code));
  }
}
