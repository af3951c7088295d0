package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.Function;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * The refusals the tests expect: bad input gets a typed exception with a stable error code (DESIGN §3), for the
 * contract suite and the adapters' own service tests alike.
 */
public final class Refusals {
  private Refusals() {}

  /**
   * {@return the code of the {@link LiensException} {@code call} throws; fails if it succeeds or throws anything
   * else}
   *
   * @param call the call expected to be refused
   */
  public static ErrorCode codeOf(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("a refusal with an error code").isInstanceOf(LiensException.class);
    return ((LiensException) thrown).code();
  }

  /**
   * {@return how a transaction running {@code work} on {@code storage} ends: the refusal's exception class and code
   * ("IntegrityViolationException DUPLICATE_ID"), or "ok"}
   *
   * @param storage the storage under test
   * @param work the transaction's work
   */
  public static String outcome(Storage storage, Function<Repositories, Object> work) {
    try {
      storage.inTransaction(work);
      return "ok";
    } catch (LiensException e) {
      return e.getClass().getSimpleName() + " " + e.code();
    }
  }
}
