package org.liens.billing;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.ChorusProField;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * An invoice to a funder invoiced through Chorus Pro ({@link ChorusPro}) cannot be issued: the SIRET, or a service
 * code or commitment number the funder requires, is not known (issue 15). The code is
 * {@link ErrorCode#MISSING_CHORUS_PRO_DATA}; {@link #missing()} and the message name every missing field. It is
 * thrown before a number is taken: nothing is stored.
 */
public class MissingChorusProDataException extends RuleViolationException {
  private final transient Set<ChorusProField> missing;

  /**
   * A refusal naming every missing field.
   *
   * @param subject what could not be issued, e.g. {@code "invoice 3f2a…"}, never personal data
   * @param missing what is missing, at least one field
   */
  public MissingChorusProDataException(String subject, Set<ChorusProField> missing) {
    super(ErrorCode.MISSING_CHORUS_PRO_DATA, message(subject, missing));
    this.missing = Set.copyOf(EnumSet.copyOf(missing));
  }

  private static String message(String subject, Set<ChorusProField> missing) {
    Checks.check(!Checks.required(missing, "missing").isEmpty(), "a refusal names at least one missing field");
    return "cannot issue " + Checks.notBlank(subject, "subject") + " through Chorus Pro: missing "
        + EnumSet.copyOf(missing).stream().map(ChorusProField::description).collect(Collectors.joining(", "));
  }

  /** {@return what is missing, at least one field} */
  public Set<ChorusProField> missing() {
    return missing;
  }
}
