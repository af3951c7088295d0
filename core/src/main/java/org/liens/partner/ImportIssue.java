package org.liens.partner;

import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;

/**
 * Why one record or row of a partner catalogue was not imported: its number (1 for the first) and a reason that
 * names the field, never its content (DESIGN §6: messages never quote raw input).
 *
 * @param row the record's number in its file, from 1
 * @param code the error code, {@link ErrorCode#MALFORMED_PARTNER_DATA} or the one the value's own check gave
 * @param reason what is wrong, naming the field
 */
public record ImportIssue(int row, ErrorCode code, String reason) {
  /**
   * Checks the components.
   *
   * @param row the record's number, from 1
   * @param code the error code
   * @param reason what is wrong
   */
  public ImportIssue {
    Checks.check(row >= 1, "row must be 1 or more");
    Checks.required(code, "code");
    reason = Checks.shortText(reason, "reason");
  }
}
