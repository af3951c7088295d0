package org.liens.shared;

/** The storage adapter failed (lost connection, database error). The transaction was rolled back; the next call may succeed. */
public class StorageException extends LiensException {
  public StorageException(ErrorCode code, String message) {
    super(code, message);
  }

  public StorageException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
