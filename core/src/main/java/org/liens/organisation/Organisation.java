package org.liens.organisation;

import java.util.Optional;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;

/**
 * A partner organisation: a prescriber, a funder, or both (R12). Referrals, agreements and invoices refer to
 * organisations by id; invoices print their name, address and SIREN.
 *
 * @param id the organisation's id
 * @param version the optimistic version
 * @param name its name ("Conseil départemental du Gard")
 * @param kind what kind of partner it is
 * @param siren its 9-digit SIREN, when known (mandatory on invoices to professionals)
 * @param address its postal address, when known
 */
public record Organisation(
    OrganisationId id, long version, String name, OrganisationKind kind, Optional<String> siren,
    Optional<PostalAddress> address) implements Aggregate {

  public Organisation {
    Checks.required(id, "id");
    Aggregate.checkVersion(version);
    name = Checks.name(name, "organisation name");
    Checks.required(kind, "kind");
    siren = Checks.optional(siren, "siren").map(s -> Checks.siren(s, "siren"));
    Checks.optional(address, "address");
  }

  /**
   * {@return a new organisation, not yet stored}
   *
   * @param id the id of the new organisation
   * @param siren the nine-digit SIREN
   */
  public static Change<Organisation> register(
      OrganisationId id, String name, OrganisationKind kind, Optional<String> siren, Optional<PostalAddress> address) {
    return Change.of(new Organisation(id, 0, name, kind, siren, address), new OrganisationRegistered(id, kind));
  }

  /** {@return the same organisation with new details (a SIREN learnt, a move); its id and kind of partner stay} */
  public Change<Organisation> update(String newName, Optional<String> newSiren, Optional<PostalAddress> newAddress) {
    return Change.of(new Organisation(id, version, newName, kind, newSiren, newAddress), new OrganisationUpdated(id));
  }

  @Override
  public Organisation withVersion(long newVersion) {
    return new Organisation(id, newVersion, name, kind, siren, address);
  }
}
