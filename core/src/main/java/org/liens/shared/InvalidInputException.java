package org.liens.shared;

/** A value given to Liens is malformed: missing, blank, out of range, or of the wrong format. */
public class InvalidInputException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public InvalidInputException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public InvalidInputException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
