package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.household.Caregiver;
import org.liens.household.CaredForPerson;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;

/** Household profiles for contract tests. */
public final class Profiles {
  private Profiles() {}

  /** Anne's person id in every household of {@link #parentAndCaregiverWithChild()}. */
  public static final PersonId ANNE = PersonId.of(new UUID(6, 1));
  private static final PersonId LEO = PersonId.of(new UUID(6, 2));
  private static final PersonId ODETTE = PersonId.of(new UUID(6, 3));

  /**
   * Anne, parent and caregiver of her mother, with Léo in CE2: fits every offer.
   *
   * @return the profile
   */
  public static HouseholdProfile parentAndCaregiverWithChild() {
    return HouseholdProfile.builder()
        .parent(new Parent(ANNE, World.name("Anne")))
        .singleParent(true)
        .child(new Child(LEO, World.name("Léo"), LocalDate.of(2014, 3, 2), Optional.of(SchoolGrade.CE2)))
        .caregiver(new Caregiver(ANNE, World.name("Anne"), List.of(new CaredForPerson(ODETTE, World.name("Odette"),
            Relationship.ELDER, Set.of(Condition.DISABILITY)))))
        .employment(EmploymentSituation.EMPLOYED)
        .build();
  }
}
