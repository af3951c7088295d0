package org.liens.document;

import java.time.LocalDate;
import java.util.List;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * The bilan d'actions (R8): written at the end of an accompaniment, addressed to the parents (MAPA: the
 * caregivers), with a copy to the prescriber and the funder; it summarises the contacts done against the targets.
 * An accompaniment cannot be closed without one.
 *
 * @param writtenOn when it was written
 * @param addressedTo the parents or caregivers it is addressed to, by person id, at least one
 * @param copiesTo the prescriber and the funder, in that order, without duplicates
 * @param contacts the contacts done against the targets, at the date of writing
 * @param conclusions the educator's conclusions; personal data
 */
public record ActionReport(
    LocalDate writtenOn, List<PersonId> addressedTo, List<OrganisationId> copiesTo, ContactSummary contacts,
    String conclusions) {
  /**
   * Checks the components: {@code contacts} required; {@code writtenOn} within the supported date range; {@code
   * conclusions} a bounded, non-blank text; {@code addressedTo} and {@code copiesTo} copied unmodifiable, without
   * null element; and the rules stated for the type.
   *
   * @param writtenOn when it was written
   * @param addressedTo the parents or caregivers it is addressed to, by person id, at least one
   * @param copiesTo the prescriber and the funder, in that order, without duplicates
   * @param contacts the contacts done against the targets, at the date of writing
   * @param conclusions the educator's conclusions; personal data
   */
  public ActionReport {
    Checks.date(writtenOn, "writtenOn");
    addressedTo = Checks.listOf(addressedTo, "addressedTo");
    Checks.check(!addressedTo.isEmpty(), "an action report is addressed to at least one person");
    copiesTo = Checks.listOf(copiesTo, "copiesTo").stream().distinct().toList();
    Checks.required(contacts, "contacts");
    conclusions = Checks.longText(conclusions, "conclusions");
  }

  @Override
  public String toString() {
    return "ActionReport[writtenOn=" + writtenOn + ", contacts=" + contacts + "]";
  }
}
