package org.liens.shared;

/** The storage adapter failed (lost connection, database error). The transaction was rolled back; the next call may succeed. */
public class StorageException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public StorageException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public StorageException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
