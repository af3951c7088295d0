package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liens.household.Caregiver;
import org.liens.household.CaredForPerson;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;

/** Household profiles for contract tests. */
public final class Profiles {
  private Profiles() {}

  /**
   * Anne, parent and caregiver of her mother, with Léo in CE2: fits every offer.
   *
   * @return the profile
   */
  public static HouseholdProfile parentAndCaregiverWithChild() {
    return HouseholdProfile.builder()
        .parent(new Parent(World.name("Anne")))
        .singleParent(true)
        .child(Child.of(World.name("Léo"), LocalDate.of(2014, 3, 2), SchoolGrade.CE2))
        .caregiver(new Caregiver(World.name("Anne"), List.of(new CaredForPerson(World.name("Odette"),
            Relationship.ELDER, Set.of(Condition.DISABILITY)))))
        .employment(EmploymentSituation.EMPLOYED)
        .build();
  }
}
