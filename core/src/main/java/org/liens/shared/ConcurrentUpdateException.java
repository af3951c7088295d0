package org.liens.shared;

/** The aggregate was changed by someone else since it was read. Reload it and apply the change again; nothing was stored. */
public class ConcurrentUpdateException extends LiensException {
  public ConcurrentUpdateException(ErrorCode code, String message) {
    super(code, message);
  }

  public ConcurrentUpdateException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
