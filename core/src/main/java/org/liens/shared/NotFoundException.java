package org.liens.shared;

/** No aggregate with the requested id exists (or the actor may not know it exists). */
public class NotFoundException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public NotFoundException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public NotFoundException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
