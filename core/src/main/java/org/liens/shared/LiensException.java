package org.liens.shared;

import static java.util.Objects.requireNonNull;

/**
 * Root of every exception Liens throws on purpose. Unchecked, with a stable {@link ErrorCode}.
 *
 * <p>Whenever a Liens call throws a {@code LiensException}, nothing of that call was stored. Messages never
 * contain personal data (names, birth dates, notes), so they are safe to log.
 */
public abstract class LiensException extends RuntimeException {
  /** The stable code of the failure. */
  private final ErrorCode code;

  /**
   * A failure with its stable code; the message is prefixed with the code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  protected LiensException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /**
   * A failure with its stable code and the exception that caused it; the message is prefixed with the code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception, or {@code null}
   */
  protected LiensException(ErrorCode code, String message, Throwable cause) {
    super(requireNonNull(code, "code") + ": " + message, cause);
    this.code = code;
  }

  /** {@return the stable code of this failure} */
  public ErrorCode code() {
    return code;
  }
}
