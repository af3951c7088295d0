package org.liens.organisation;

import java.util.List;
import org.liens.shared.Checks;

/** A postal address of an organisation, as printed on invoices. */
public record PostalAddress(List<String> lines, String postalCode, String city) {
  public PostalAddress {
    lines = Checks.listOf(lines, "address lines").stream().map(l -> Checks.name(l, "address line")).toList();
    Checks.check(!lines.isEmpty(), "an address needs at least one line");
    postalCode = Checks.name(postalCode, "postalCode");
    city = Checks.name(city, "city");
  }

  public static PostalAddress of(String line, String postalCode, String city) {
    return new PostalAddress(List.of(Checks.required(line, "address line")), postalCode, city);
  }
}
