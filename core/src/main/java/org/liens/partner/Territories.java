package org.liens.partner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * Where a commune lies, to find the services whose eligibility zone contains it: the commune itself, its EPCI, its
 * département and the country. The département follows from the INSEE code ({@link ZoneCode#departement()}); the EPCI
 * does not, so the host supplies the table of the communes it serves and their EPCI (from the INSEE "intercommunalité"
 * file or the geo.api.gouv.fr {@code codeEpci} of each commune). A commune missing from the table still finds the
 * services of its département and of the whole country. Immutable.
 */
public final class Territories {
  private static final Territories NONE = new Territories(Map.of());

  private final Map<ZoneCode, ZoneCode> epciOfCommune;

  private Territories(Map<ZoneCode, ZoneCode> epciOfCommune) {
    this.epciOfCommune = Map.copyOf(epciOfCommune);
  }

  /** {@return the table that knows no EPCI: communes find their own, their département's and the national services} */
  public static Territories none() {
    return NONE;
  }

  /**
   * {@return the table of these communes and their EPCI}
   *
   * @param epciOfCommune the EPCI SIREN of each commune INSEE code ({@code "48198" -> "244800405"})
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a key that is no commune or a value that
   *     is no EPCI
   */
  public static Territories of(Map<String, String> epciOfCommune) {
    Checks.required(epciOfCommune, "epciOfCommune");
    Map<ZoneCode, ZoneCode> table = new HashMap<>();
    epciOfCommune.forEach((commune, epci) -> {
      ZoneCode c = ZoneCode.of(commune);
      ZoneCode e = ZoneCode.of(epci);
      if (c.kind() != ZoneKind.COMMUNE || e.kind() != ZoneKind.EPCI) {
        throw new InvalidInputException(ErrorCode.INVALID_VALUE, "the territory table maps communes to EPCI");
      }
      table.put(c, e);
    });
    return new Territories(table);
  }

  /**
   * {@return the zones a person living in {@code commune} is eligible in: the commune, its EPCI when known, its
   * département and {@code france}, from the narrowest}
   *
   * @param commune a commune INSEE code
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} if it is no commune
   */
  public Set<ZoneCode> zonesOf(ZoneCode commune) {
    Checks.required(commune, "commune");
    Set<ZoneCode> zones = new LinkedHashSet<>();
    zones.add(commune);
    ZoneCode departement = commune.departement();
    ZoneCode epci = epciOfCommune.get(commune);
    if (epci != null) {
      zones.add(epci);
    }
    zones.add(departement);
    zones.add(ZoneCode.FRANCE);
    return Set.copyOf(zones);
  }
}
