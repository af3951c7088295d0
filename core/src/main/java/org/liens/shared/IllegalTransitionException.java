package org.liens.shared;

/** A lifecycle transition that is not allowed from the current state (closing a cancelled accompaniment, validating a rejected referral). */
public class IllegalTransitionException extends LiensException {
  public IllegalTransitionException(ErrorCode code, String message) {
    super(code, message);
  }

  public IllegalTransitionException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
