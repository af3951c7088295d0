package org.liens.shared;

/** No aggregate with the requested id exists (or the actor may not know it exists). */
public class NotFoundException extends LiensException {
  public NotFoundException(ErrorCode code, String message) {
    super(code, message);
  }

  public NotFoundException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
