package org.liens.organisation;

import java.util.List;
import org.liens.shared.Checks;

/** A postal address of an organisation, as printed on invoices. */
public record PostalAddress(List<String> lines, String postalCode, String city) {
  /**
   * Checks the components: {@code postalCode} and {@code city} a bounded, non-blank text; {@code lines}
   * copied unmodifiable, without null element; and the rules stated for the type.
   *
   * @param lines the street lines, in print order
   * @param postalCode the postal code
   * @param city the city
   */
  public PostalAddress {
    lines = Checks.listOf(lines, "address lines").stream().map(l -> Checks.name(l, "address line")).toList();
    Checks.check(!lines.isEmpty(), "an address needs at least one line");
    postalCode = Checks.name(postalCode, "postalCode");
    city = Checks.name(city, "city");
  }

  /**
   * {@return an address of one street line}
   *
   * @param line the street line
   * @param postalCode the postal code
   * @param city the city
   */
  public static PostalAddress of(String line, String postalCode, String city) {
    return new PostalAddress(List.of(Checks.required(line, "address line")), postalCode, city);
  }
}
