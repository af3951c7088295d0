package org.liens.shared;

/** A value given to Liens is malformed: missing, blank, out of range, or of the wrong format. */
public class InvalidInputException extends LiensException {
  public InvalidInputException(ErrorCode code, String message) {
    super(code, message);
  }

  public InvalidInputException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
