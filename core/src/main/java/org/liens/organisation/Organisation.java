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
 * @param chorusPro how it receives invoices through Chorus Pro, when it does (issue 15)
 */
public record Organisation(
    OrganisationId id, long version, String name, OrganisationKind kind, Optional<String> siren,
    Optional<PostalAddress> address, Optional<ChorusPro> chorusPro) implements Aggregate {

  /**
   * Checks the components: {@code id} and {@code kind} required; {@code name} a bounded, non-blank text;
   * {@code siren} and {@code address} an {@code Optional}, never null.
   *
   * @param id the organisation's id
   * @param version the optimistic version
   * @param name its name ("Conseil départemental du Gard")
   * @param kind what kind of partner it is
   * @param siren its 9-digit SIREN, when known (mandatory on invoices to professionals)
   * @param address its postal address, when known
   * @param chorusPro how it receives invoices through Chorus Pro, when it does (issue 15)
   */
  public Organisation {
    Checks.required(id, "id");
    Aggregate.checkVersion(version);
    name = Checks.name(name, "organisation name");
    Checks.required(kind, "kind");
    siren = Checks.optional(siren, "siren").map(s -> Checks.siren(s, "siren"));
    Checks.optional(address, "address");
    Checks.optional(chorusPro, "chorusPro");
  }

  /**
   * {@return a new organisation known by name and kind only, not yet stored; it cannot be invoiced until its SIREN
   * and address are known}
   *
   * @param id the id of the new organisation
   * @param name its name
   * @param kind what kind of partner it is
   */
  public static Change<Organisation> register(OrganisationId id, String name, OrganisationKind kind) {
    return register(id, OrganisationDetails.named(name), kind);
  }

  /**
   * {@return a new organisation with the SIREN and address an invoice prints, not yet stored}
   *
   * @param id the id of the new organisation
   * @param name its name
   * @param kind what kind of partner it is
   * @param siren the nine-digit SIREN
   * @param address its postal address
   */
  public static Change<Organisation> register(
      OrganisationId id, String name, OrganisationKind kind, String siren, PostalAddress address) {
    return register(id, OrganisationDetails.of(name, siren, address), kind);
  }

  /**
   * {@return a new organisation with what is known of it, not yet stored}
   *
   * @param id the id of the new organisation
   * @param details its name, and its SIREN and address when known
   * @param kind what kind of partner it is
   */
  public static Change<Organisation> register(OrganisationId id, OrganisationDetails details, OrganisationKind kind) {
    Checks.required(details, "details");
    return Change.of(new Organisation(id, 0, details.name(), kind, details.siren(), details.address(),
        details.chorusPro()),
        new OrganisationRegistered(id, kind));
  }

  /** {@return its name, SIREN, address and Chorus Pro data, to change some with {@code with…} and {@link #update(OrganisationDetails)}} */
  public OrganisationDetails details() {
    return new OrganisationDetails(name, siren, address, chorusPro);
  }

  /**
   * {@return the same organisation with new details (a SIREN learnt, a move); its id and kind of partner stay}
   *
   * @param newDetails its name, and its SIREN and address when known: {@code details().withSiren(…)}
   */
  public Change<Organisation> update(OrganisationDetails newDetails) {
    Checks.required(newDetails, "details");
    return Change.of(new Organisation(id, version, newDetails.name(), kind, newDetails.siren(),
        newDetails.address(), newDetails.chorusPro()),
        new OrganisationUpdated(id));
  }

  /**
   * {@return the same organisation with a new name, SIREN and address; its id and kind of partner stay}
   *
   * @param newName its name
   * @param newSiren the nine-digit SIREN
   * @param newAddress its postal address
   */
  public Change<Organisation> update(String newName, String newSiren, PostalAddress newAddress) {
    return update(OrganisationDetails.of(newName, newSiren, newAddress));
  }

  @Override
  public Organisation withVersion(long newVersion) {
    return new Organisation(id, newVersion, name, kind, siren, address, chorusPro);
  }
}
