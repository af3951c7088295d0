package org.liens.partner;

import java.util.regex.Pattern;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * One code of a data·inclusion {@code zone_eligibilite}: a commune, an EPCI, a département (INSEE Code officiel
 * géographique) or the whole country. The country is always written {@code france}; {@code 99100} reads as it. A value
 * type, its {@link #kind()} follows from its shape.
 *
 * @param code the code
 */
public record ZoneCode(String code) {
  /** The whole country. */
  public static final ZoneCode FRANCE = new ZoneCode("france");

  private static final Pattern COMMUNE = Pattern.compile("(?:\\d{2}|2A|2B)\\d{3}");
  private static final Pattern EPCI = Pattern.compile("\\d{9}");
  private static final Pattern DEPARTEMENT = Pattern.compile("0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5]|2A|2B|97[1-8]");

  /**
   * Checks the shape of the code.
   *
   * @param code the code
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a code of none of the four shapes
   */
  public ZoneCode {
    Checks.required(code, "zone code");
    if (!code.equals("france") && !COMMUNE.matcher(code).matches() && !EPCI.matcher(code).matches()
        && !DEPARTEMENT.matcher(code).matches()) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE,
          "zone_eligibilite holds a code that is no commune, EPCI, département or country");
    }
  }

  /**
   * {@return the zone of this code, stripped, upper-cased for Corsica ({@code 2a} is {@code 2A}), {@code 99100} as
   * {@code france}}
   *
   * @param code a commune, EPCI, département or country code
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another text
   */
  public static ZoneCode of(String code) {
    String text = Checks.required(code, "zone code").strip();
    if (text.equalsIgnoreCase("france") || text.equals("99100")) {
      return FRANCE;
    }
    return new ZoneCode(text.toUpperCase(java.util.Locale.ROOT));
  }

  /** {@return what the code names} */
  public ZoneKind kind() {
    if (code.equals("france")) {
      return ZoneKind.COUNTRY;
    }
    return switch (code.length()) {
      case 5 -> ZoneKind.COMMUNE;
      case 9 -> ZoneKind.EPCI;
      default -> ZoneKind.DEPARTEMENT;
    };
  }

  /**
   * {@return the département of a commune, from its INSEE code: the first two characters, three overseas
   * ({@code 97411} is in {@code 974})}
   *
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} if this code is no commune
   */
  public ZoneCode departement() {
    if (kind() != ZoneKind.COMMUNE) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "only a commune lies in a département");
    }
    return new ZoneCode(code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
  }

  @Override
  public String toString() {
    return code;
  }
}
