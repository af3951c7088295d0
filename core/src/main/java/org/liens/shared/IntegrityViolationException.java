package org.liens.shared;

/** A write that would break the store's integrity: a duplicate id or unique number, or a reference to an aggregate that does not exist. */
public class IntegrityViolationException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public IntegrityViolationException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public IntegrityViolationException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
