package org.liens.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;

/**
 * A data document format of Liens (the catalogue, R1–R9; the tariff book, R3): how its root is read and the error
 * code of its malformed documents, read from a stream, a string or a resource shipped next to this class.
 *
 * @param <T> what the document holds
 */
final class JsonDocument<T> {
  private final ErrorCode malformed;
  private final Function<JsonField, T> reader;

  JsonDocument(ErrorCode malformed, Function<JsonField, T> reader) {
    this.malformed = malformed;
    this.reader = reader;
  }

  /**
   * Reads a document from {@code json}. A stream that fails while it is read (a broken disk, a closed socket) is
   * refused like a malformed document, with this format's error code and the {@link IOException} as the cause;
   * the message does not quote the stream's own message, which may name a file or its content.
   */
  T read(InputStream json) {
    return reader.apply(JsonField.root(malformed, Checks.required(json, "json")));
  }

  T read(String json) {
    return reader.apply(JsonField.root(malformed, Checks.required(json, "json")));
  }

  /** The document shipped as the resource {@code name} of this package (the 2023 editions). */
  T resource(String name) {
    try (InputStream in = JsonDocument.class.getResourceAsStream(name)) {
      return read(Checks.required(in, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
