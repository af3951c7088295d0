package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
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
    Throwable refused = catchThrowable(() -> CatalogJson.read(failingAfter("{\"offers\": [")));
    assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_CATALOG));
    assertThat(refused.getMessage()).contains("could not be read").doesNotContain("anne.martin");
  }

  @Test
  void aTariffBookWhoseStreamFailsIsMalformedTariffs() {
    Throwable refused = catchThrowable(() -> TariffsJson.read(failingAfter("")));
    assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_TARIFFS));
    assertThat(refused.getMessage()).contains("could not be read").doesNotContain("anne.martin");
  }
}
