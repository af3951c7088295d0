package org.liens.organisation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.liens.shared.Checks;

/**
 * How a public funder receives invoices through Chorus Pro (issue 15; seed 001: the Département, CCAS, CAF and
 * CPAM accept invoices only there): the SIRET of the establishment invoiced (EN 16931 BT-46, scheme 0009), the
 * code of its executing service (scheme 0224) and the commitment number (numéro d'engagement, BT-13), with whether
 * the funder requires the last two. An organisation that carries one is invoiced through Chorus Pro: issuing an
 * invoice to it is refused, before a number is taken, while {@link #missing()} is not empty.
 *
 * @param siret the SIRET of the establishment invoiced, once known
 * @param serviceCode the code of the executing service, if any
 * @param commitmentNumber the commitment number, if any
 * @param serviceCodeRequired whether the funder refuses invoices without a service code
 * @param commitmentNumberRequired whether the funder refuses invoices without a commitment number
 */
public record ChorusPro(
    Optional<String> siret, Optional<String> serviceCode, Optional<String> commitmentNumber,
    boolean serviceCodeRequired, boolean commitmentNumberRequired) {
  /**
   * Checks the components: {@code siret} a valid SIRET when present; {@code serviceCode} and
   * {@code commitmentNumber} bounded names (Chorus Pro takes at most 100 and 50 characters) when present.
   *
   * @param siret the SIRET of the establishment invoiced, once known
   * @param serviceCode the code of the executing service, if any
   * @param commitmentNumber the commitment number, if any
   * @param serviceCodeRequired whether the funder refuses invoices without a service code
   * @param commitmentNumberRequired whether the funder refuses invoices without a commitment number
   */
  public ChorusPro {
    siret = Checks.optional(siret, "siret").map(s -> Checks.siret(s, "siret"));
    serviceCode = Checks.optional(serviceCode, "serviceCode").map(c -> bounded(c, "serviceCode", 100));
    commitmentNumber = Checks.optional(commitmentNumber, "commitmentNumber")
        .map(n -> bounded(n, "commitmentNumber", 50));
  }

  private static String bounded(String value, String field, int max) {
    String checked = Checks.name(value, field);
    Checks.check(checked.length() <= max, field + " has at most " + max + " characters");
    return checked;
  }

  /**
   * {@return a funder invoiced through Chorus Pro at this SIRET, requiring neither service code nor commitment}
   *
   * @param siret the 14-digit SIRET of the establishment invoiced
   */
  public static ChorusPro at(String siret) {
    return new ChorusPro(Optional.of(siret), Optional.empty(), Optional.empty(), false, false);
  }

  /** {@return a funder invoiced through Chorus Pro whose SIRET is not known yet: nothing can be issued to it} */
  public static ChorusPro siretUnknown() {
    return new ChorusPro(Optional.empty(), Optional.empty(), Optional.empty(), false, false);
  }

  /**
   * {@return the same with this SIRET}
   *
   * @param value the 14-digit SIRET
   */
  public ChorusPro withSiret(String value) {
    return new ChorusPro(Optional.of(value), serviceCode, commitmentNumber, serviceCodeRequired,
        commitmentNumberRequired);
  }

  /**
   * {@return the same with this service code}
   *
   * @param value the code of the executing service, as the funder gave it
   */
  public ChorusPro withServiceCode(String value) {
    return new ChorusPro(siret, Optional.of(value), commitmentNumber, serviceCodeRequired, commitmentNumberRequired);
  }

  /**
   * {@return the same with this commitment number}
   *
   * @param value the commitment number (numéro d'engagement), as the funder gave it
   */
  public ChorusPro withCommitmentNumber(String value) {
    return new ChorusPro(siret, serviceCode, Optional.of(value), serviceCodeRequired, commitmentNumberRequired);
  }

  /** {@return the same, for a funder that refuses invoices without a service code} */
  public ChorusPro requiringServiceCode() {
    return new ChorusPro(siret, serviceCode, commitmentNumber, true, commitmentNumberRequired);
  }

  /** {@return the same, for a funder that refuses invoices without a commitment number} */
  public ChorusPro requiringCommitmentNumber() {
    return new ChorusPro(siret, serviceCode, commitmentNumber, serviceCodeRequired, true);
  }

  /** {@return what the funder requires and is not known: empty when an invoice may be issued to it} */
  public Set<ChorusProField> missing() {
    Set<ChorusProField> missing = EnumSet.noneOf(ChorusProField.class);
    if (siret.isEmpty()) {
      missing.add(ChorusProField.SIRET);
    }
    if (serviceCodeRequired && serviceCode.isEmpty()) {
      missing.add(ChorusProField.SERVICE_CODE);
    }
    if (commitmentNumberRequired && commitmentNumber.isEmpty()) {
      missing.add(ChorusProField.COMMITMENT_NUMBER);
    }
    return Set.copyOf(missing);
  }
}
