package org.liens.catalog;

import org.liens.shared.Checks;
import org.liens.shared.LocalizedText;

/**
 * A reason an accompaniment ended, from the catalogue's configurable list ({@link ExitReasons}), counted by the
 * published figures (issue 12: "exit reasons, a configurable list of closure reasons"). Every closure, cancellation
 * and succession carries one by its {@link #code()}. Treat as a value type.
 *
 * @param code the stable code stored with the accompaniment, upper case letters, digits and underscores
 * @param label what the report prints, in French and English
 * @param withText whether the coordinator adds a free text (the "other" reason); the text never reaches a report
 */
public record ExitReason(String code, LocalizedText label, boolean withText) {
  /** Code of "objectifs atteints": the accompaniment reached its objectives (the default of a closure). */
  public static final String OBJECTIVES_REACHED = "OBJECTIVES_REACHED";
  /** Code of "relais": another module took over; recorded for every MIP → MADI succession (R6). */
  public static final String SUCCESSION = "SUCCESSION";
  /** Code of "déménagement": the family moved away. */
  public static final String MOVED_AWAY = "MOVED_AWAY";
  /** Code of "retrait de la famille": the family withdrew. */
  public static final String WITHDRAWN_BY_FAMILY = "WITHDRAWN_BY_FAMILY";
  /** Code of "autre mesure": another measure was taken (placement, judicial measure…). */
  public static final String OTHER_MEASURE = "OTHER_MEASURE";
  /** Code of "contact impossible": the family could not be reached. */
  public static final String NO_CONTACT = "NO_CONTACT";
  /** Code of "autre": any other reason, with a free text (the default of a cancellation, whose text it keeps). */
  public static final String OTHER = "OTHER";

  /**
   * Checks the components: {@code code} of 1 to 40 upper case letters, digits or underscores; {@code label}
   * required.
   *
   * @param code the stable code stored with the accompaniment
   * @param label what the report prints, in French and English
   * @param withText whether the coordinator adds a free text
   */
  public ExitReason {
    code = checkedCode(code);
    Checks.required(label, "label");
  }

  /**
   * {@return {@code code} when it is a well-formed exit reason code}
   *
   * @param code the code to check: 1 to 40 upper case letters, digits or underscores
   * @throws org.liens.shared.InvalidInputException otherwise
   */
  public static String checkedCode(String code) {
    Checks.required(code, "exit reason");
    Checks.check(code.matches("[A-Z0-9_]{1,40}"), "exit reason: 1 to 40 upper case letters, digits or underscores");
    return code;
  }
}
