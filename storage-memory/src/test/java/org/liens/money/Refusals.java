package org.liens.money;

import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

final class Refusals {
  private Refusals() {}

  /** The code of the {@link LiensException} {@code call} throws; fails if it throws none. */
  static ErrorCode codeOf(Runnable call) {
    try {
      call.run();
    } catch (LiensException e) {
      return e.code();
    }
    throw new AssertionError("expected a refusal with an error code, the call succeeded");
  }
}
