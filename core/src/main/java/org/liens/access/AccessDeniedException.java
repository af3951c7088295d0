package org.liens.access;

import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * The actor may not perform this operation or see this data. The message reveals nothing about what was asked
 * for: a refusal reads the same whether the data exists or not.
 */
public class AccessDeniedException extends LiensException {
  /**
   * A refusal with {@link ErrorCode#ACCESS_DENIED}.
   *
   * @param message what was refused, without personal data and without saying whether the data exists
   */
  public AccessDeniedException(String message) {
    this(ErrorCode.ACCESS_DENIED, message);
  }

  /**
   * A refusal with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what was refused, without personal data and without saying whether the data exists
   */
  public AccessDeniedException(ErrorCode code, String message) {
    super(code, message);
  }
}
