package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * The refusals the tests expect: bad input gets a typed exception with a stable error code (DESIGN §3), for the
 * contract suite and the adapters' own service tests alike.
 */
public final class Refusals {
  private Refusals() {}

  /** The code of the {@link LiensException} {@code call} throws; fails if it succeeds or throws anything else. */
  public static ErrorCode codeOf(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("a refusal with an error code").isInstanceOf(LiensException.class);
    return ((LiensException) thrown).code();
  }
}
