package org.liens.shared;

/** A lifecycle transition that is not allowed from the current state (closing a cancelled accompaniment, validating a rejected referral). */
public class IllegalTransitionException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public IllegalTransitionException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public IllegalTransitionException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
