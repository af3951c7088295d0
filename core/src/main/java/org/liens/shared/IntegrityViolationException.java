package org.liens.shared;

/** A write that would break the store's integrity: a duplicate id or unique number, or a reference to an aggregate that does not exist. */
public class IntegrityViolationException extends LiensException {
  public IntegrityViolationException(ErrorCode code, String message) {
    super(code, message);
  }

  public IntegrityViolationException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
