package org.liens.shared;

/** The aggregate was changed by someone else since it was read. Reload it and apply the change again; nothing was stored. */
public class ConcurrentUpdateException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public ConcurrentUpdateException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public ConcurrentUpdateException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
