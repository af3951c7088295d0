package org.liens.einvoice;

import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * An e-invoice could not be written (issue 15): {@link ErrorCode#EINVOICE_AMOUNTS_NOT_REPRESENTABLE} when the
 * document's amounts cannot be carried exactly, {@link ErrorCode#EINVOICE_FAILED} when the e-invoicing library
 * failed (its exception is the cause). Nothing is written.
 */
public class EInvoiceException extends LiensException {
  /**
   * A failure with its code.
   *
   * @param code {@link ErrorCode#EINVOICE_AMOUNTS_NOT_REPRESENTABLE} or {@link ErrorCode#EINVOICE_FAILED}
   * @param message what failed, without personal data
   * @param cause the library's exception, or {@code null}
   */
  public EInvoiceException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
