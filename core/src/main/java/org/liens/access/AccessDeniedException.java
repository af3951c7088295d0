package org.liens.access;

import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * The access policy refused a call ({@link ErrorCode#ACCESS_DENIED}); nothing of it was stored. Its message never
 * says why: for an actor with a restricted scope, asking for something it may not see and asking for something that
 * does not exist throw the same exception with the same code and message.
 */
public class AccessDeniedException extends LiensException {
  /** The one message every refusal carries. */
  public static final String MESSAGE = "access denied";

  /**
   * A refusal with the usual code.
   *
   * @param message what failed, without personal data, raw input, or a hint of what exists
   */
  public AccessDeniedException(String message) {
    this(ErrorCode.ACCESS_DENIED, message);
  }

  /**
   * A refusal with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data, raw input, or a hint of what exists
   */
  public AccessDeniedException(ErrorCode code, String message) {
    super(code, message);
  }

  /** {@return the refusal every denied call throws: same type, code and message whatever the reason} */
  public static AccessDeniedException denied() {
    return new AccessDeniedException(MESSAGE);
  }
}
