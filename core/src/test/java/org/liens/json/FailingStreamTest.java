package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.liens.fixtures.Refusal;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** Issue 10, defect 5: a document whose stream fails is a typed refusal, never an {@code UncheckedIOException}. */
class FailingStreamTest {

  /** A stream that gives a few bytes of a document, then fails as a broken disk or network would. */
  static InputStream failingAfter(String start) {
    byte[] bytes = start.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new InputStream() {
      int next;

      @Override
      public int read() throws IOException {
        if (next < bytes.length) {
          return bytes[next++];
        }
        throw new IOException("disk read error on /home/anne.martin/catalogue.json (simulated)");
      }
    };
  }

  @Test
  void aCatalogueWhoseStreamFailsIsMalformedCatalog() {
    InvalidInputException refused = Refusal.invalidInput(ErrorCode.MALFORMED_CATALOG,
        () -> CatalogJson.read(failingAfter("{\"offers\": [")));
    assertThat(refused.getMessage()).contains("could not be read").doesNotContain("anne.martin");
  }

  @Test
  void aTariffBookWhoseStreamFailsIsMalformedTariffs() {
    InvalidInputException refused = Refusal.invalidInput(ErrorCode.MALFORMED_TARIFFS,
        () -> TariffsJson.read(failingAfter("")));
    assertThat(refused.getMessage()).contains("could not be read").doesNotContain("anne.martin");
  }
}
