package org.liens.einvoice;

import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * An issued document cannot be exported as an EN 16931 e-invoice: its seller or client lacks a mandatory field
 * (issue 15). The code is {@link ErrorCode#MISSING_EINVOICE_DATA}; {@link #field()} and the message name the field
 * and the rule that requires it. Nothing is written.
 */
public class MissingEInvoiceDataException extends RuleViolationException {
  /** The missing field, e.g. {@code "seller.vatNumber"}. */
  private final String field;

  /**
   * A refusal naming the missing field.
   *
   * @param field the missing field, e.g. {@code "seller.vatNumber"}
   * @param rule the EN 16931 rule or business term that requires it, e.g. {@code "BR-E-02 (BT-31)"}
   */
  public MissingEInvoiceDataException(String field, String rule) {
    super(ErrorCode.MISSING_EINVOICE_DATA, "cannot export an e-invoice: missing " + Checks.notBlank(field, "field")
        + ", required by EN 16931 " + Checks.notBlank(rule, "rule"));
    this.field = field;
  }

  /** {@return the missing field, e.g. {@code "seller.vatNumber"}} */
  public String field() {
    return field;
  }
}
