package org.liens.catalog;

import java.util.regex.Pattern;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The code of an offer (R1): {@code MIP}, {@code MADI}, {@code MAPA}, {@code ARCS}, or a host's own. Upper-case
 * letters, digits, {@code _} and {@code -}, starting with a letter, at most 32 characters. Treat as a value type.
 */
public record OfferCode(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

  /** Module d'Intervention Précoce: parents facing a crisis or a family event. */
  public static final OfferCode MIP = new OfferCode("MIP");
  /** Module d'Accompagnement à Domicile Intensif: acute crisis, or succession from an MIP. */
  public static final OfferCode MADI = new OfferCode("MADI");
  /** Module d'Accompagnement et de Prévention des Aidants: family caregivers. */
  public static final OfferCode MAPA = new OfferCode("MAPA");
  /** Atelier de Remise en Confiance Scolaire: school-confidence workshops from CP. */
  public static final OfferCode ARCS = new OfferCode("ARCS");

  /**
   * Checks the components: {@code value} a bounded, non-blank text; and the rules stated for the type.
   *
   * @param value the code, in the format above
   */
  public OfferCode {
    Checks.notBlank(value, "offer code");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_VALUE, "offer code must match " + FORMAT.pattern()
          + " (upper-case letters, digits, _ and -, starting with a letter, at most 32 characters)");
    }
  }

  /**
   * {@return the code {@code value}, checked as the constructor does}
   *
   * @param value the code: upper-case letters, digits, {@code _} and {@code -}, starting with a letter, at most 32
   *     characters
   */
  public static OfferCode of(String value) {
    return new OfferCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
