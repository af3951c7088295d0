package org.liens.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.fixtures.Fixtures;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.PersonName;

class HouseholdProfileTest {
  @Test
  void missing_or_blank_names_are_refused() {
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> PersonName.of("Anne", "   "));
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> PersonName.of("", "Martin"));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> PersonName.of(null, "Martin"));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> new Parent(null));
  }

  @Test
  void a_name_never_shows_in_logs() {
    assertThat(PersonName.of("Anne", "Martin")).hasToString("PersonName[redacted]");
    assertThat(Fixtures.singleMother().toString()).doesNotContain("Anne", "Léo", "Martin", "2014");
  }

  @Test
  void a_household_has_one_or_two_parents_or_a_caregiver() {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_HOUSEHOLD_COMPOSITION,
        () -> HouseholdProfile.builder().build());
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_HOUSEHOLD_COMPOSITION,
        () -> HouseholdProfile.builder().parent(Parent.named("A", "B")).parent(Parent.named("C", "D"))
            .parent(Parent.named("E", "F")).build());
    assertThat(Fixtures.caregiver().parents()).isEmpty();
  }

  @Test
  void one_person_id_is_one_person() {
    Parent anne = new Parent(Fixtures.ANNE_ID, Fixtures.ANNE);
    HouseholdProfile caring = HouseholdProfile.builder().parent(anne)
        .caregiver(Caregiver.asParent(anne, java.util.List.of())).build();
    assertThat(caring.adults()).containsExactly(Fixtures.ANNE_ID);
    assertThat(caring.hasParent(Fixtures.ANNE_ID)).isTrue();
    assertThat(caring.hasCaregiver(Fixtures.ANNE_ID)).isTrue();
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_HOUSEHOLD_COMPOSITION,
        () -> HouseholdProfile.builder().parent(anne)
            .caregiver(new Caregiver(Fixtures.ANNE_ID, Fixtures.KARIM, java.util.List.of())).build());
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_HOUSEHOLD_COMPOSITION,
        () -> HouseholdProfile.builder().parent(anne)
            .child(new Child(Fixtures.ANNE_ID, Fixtures.ANNE, LocalDate.of(2015, 1, 1), Optional.empty()))
            .child(new Child(Fixtures.ANNE_ID, Fixtures.ANNE, LocalDate.of(2015, 1, 1), Optional.empty())).build());
  }

  @Test
  void a_single_parent_household_has_exactly_one_parent() {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_HOUSEHOLD_COMPOSITION,
        () -> HouseholdProfile.builder().parent(Parent.named("A", "B")).parent(Parent.named("C", "D"))
            .singleParent(true).build());
    Household household = Household.register(Fixtures.HOUSEHOLD, Fixtures.singleMother()).after();
    assertThat(household.singleParent()).isTrue();
  }

  @Test
  void a_child_is_from_cp_by_grade_or_by_age() {
    LocalDate day = LocalDate.of(2023, 9, 4);
    Child fiveInGs = Child.of(PersonName.of("Lou", "M"), LocalDate.of(2018, 1, 10), SchoolGrade.GS);
    assertThat(fiveInGs.ageOn(day)).isEqualTo(5);
    assertThat(fiveInGs.isFromCp(day)).isFalse();
    assertThat(fiveInGs.isFromCp(LocalDate.of(2024, 1, 10))).isTrue();
    assertThat(Child.of(PersonName.of("Lou", "M"), LocalDate.of(2018, 1, 10), SchoolGrade.CP)
        .isFromCp(day)).isTrue();
  }

  @Test
  void the_figures_fields_are_kept() {
    HouseholdProfile profile = Fixtures.singleMother();
    assertThat(profile.employment()).isEqualTo(EmploymentSituation.RSA);
    assertThat(profile.employment().inWork()).isFalse();
    assertThat(EmploymentSituation.SELF_EMPLOYED.inWork()).isTrue();
    assertThat(profile.belowPovertyLine()).isTrue();
  }
}
