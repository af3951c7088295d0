package org.liens.organisation;

import java.util.Optional;
import org.liens.shared.Checks;

/**
 * What a host says about a partner organisation: its name, and its SIREN and postal address when known (an
 * invoice to it needs both). Start from {@link #named(String)} and add what is known with {@code with…}; the
 * {@code without…} methods forget a value. Immutable.
 *
 * @param name its name ("Conseil départemental du Gard")
 * @param siren its 9-digit SIREN, when known
 * @param address its postal address, when known
 * @param chorusPro how it receives invoices through Chorus Pro, when it does (issue 15)
 */
public record OrganisationDetails(
    String name, Optional<String> siren, Optional<PostalAddress> address, Optional<ChorusPro> chorusPro) {
  /**
   * Checks the components: {@code name} a bounded, non-blank text; {@code siren} and {@code address} an
   * {@code Optional}, never null.
   *
   * @param name its name ("Conseil départemental du Gard")
   * @param siren its 9-digit SIREN, when known
   * @param address its postal address, when known
   * @param chorusPro how it receives invoices through Chorus Pro, when it does (issue 15)
   */
  public OrganisationDetails {
    name = Checks.name(name, "organisation name");
    siren = Checks.optional(siren, "siren").map(s -> Checks.siren(s, "siren"));
    Checks.optional(address, "address");
    Checks.optional(chorusPro, "chorusPro");
  }

  /**
   * {@return the details of an organisation known by name only}
   *
   * @param name its name
   */
  public static OrganisationDetails named(String name) {
    return new OrganisationDetails(name, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return the details of an organisation that can be invoiced: name, SIREN and postal address}
   *
   * @param name its name
   * @param siren its 9-digit SIREN
   * @param address its postal address
   */
  public static OrganisationDetails of(String name, String siren, PostalAddress address) {
    return named(name).withSiren(siren).withAddress(address);
  }

  /**
   * {@return the same details with another name}
   *
   * @param newName the new name
   */
  public OrganisationDetails withName(String newName) {
    return new OrganisationDetails(newName, siren, address, chorusPro);
  }

  /**
   * {@return the same details with this SIREN}
   *
   * @param newSiren the 9-digit SIREN (spaces ignored)
   */
  public OrganisationDetails withSiren(String newSiren) {
    return new OrganisationDetails(name, Optional.of(Checks.required(newSiren, "siren")), address, chorusPro);
  }

  /**
   * {@return the same details with this postal address}
   *
   * @param newAddress the postal address
   */
  public OrganisationDetails withAddress(PostalAddress newAddress) {
    return new OrganisationDetails(name, siren, Optional.of(Checks.required(newAddress, "address")), chorusPro);
  }

  /** {@return the same details without SIREN} */
  public OrganisationDetails withoutSiren() {
    return new OrganisationDetails(name, Optional.empty(), address, chorusPro);
  }

  /** {@return the same details without postal address} */
  public OrganisationDetails withoutAddress() {
    return new OrganisationDetails(name, siren, Optional.empty(), chorusPro);
  }

  /**
   * {@return the same details for an organisation invoiced through Chorus Pro}
   *
   * @param value its SIRET, service code and commitment number, and which of the last two it requires
   */
  public OrganisationDetails withChorusPro(ChorusPro value) {
    return new OrganisationDetails(name, siren, address, Optional.of(Checks.required(value, "chorusPro")));
  }

  /** {@return the same details for an organisation no longer invoiced through Chorus Pro} */
  public OrganisationDetails withoutChorusPro() {
    return new OrganisationDetails(name, siren, address, Optional.empty());
  }
}
