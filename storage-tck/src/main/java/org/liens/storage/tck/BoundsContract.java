package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.Child;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.Bounds;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;

/**
 * Issue 10, defect 4: texts at each maximum length, with astral characters (emoji), and dates at both ends of the
 * documented range ({@link Bounds}) read back identical on every adapter; what is out of bounds is refused by the
 * core, with {@code INVALID_VALUE}, before any adapter sees it.
 */
public interface BoundsContract extends StorageFactory {
  /**
   * The coordinator who registers and refers the households of the contract; it may do everything the contract does.
   */
  Actor COORDINATOR = Actor.of("coordinator-1", Role.COORDINATOR);
  /** An astral character: two UTF-16 code units, one code point. */
  String EMOJI = "\uD83D\uDE00";
  /** The day the refusal tests run on. */
  LocalDate TODAY = LocalDate.of(2024, 3, 1);

  /** The library on {@code storage}, its clock at {@link #TODAY}. */
  private static Liens liensOn(Storage storage) {
    return Liens.builder().storage(storage).clock(new TestClock(TODAY)).build();
  }

  /**
   * A text of exactly {@code codePoints} code points, mixing accents, emoji and, when allowed, line breaks.
   *
   * @param codePoints the length wanted, in code points
   * @param lineBreaks whether the text may hold line breaks and tabs (a short or long text), or not (a name)
   * @return the text
   */
  static String atLength(int codePoints, boolean lineBreaks) {
    StringBuilder text = new StringBuilder("É");
    String[] pieces = lineBreaks ? new String[] {"a", EMOJI, "\n", "ç", "\t", "z"} : new String[] {"a", EMOJI, " ", "ç"};
    for (int i = 1; i < codePoints - 1; i++) {
      text.append(pieces[i % pieces.length]);
    }
    text.append(EMOJI);
    assertThat(text.codePointCount(0, text.length())).isEqualTo(codePoints);
    return text.toString();
  }

  /**
   * Contract: texts at their maximum length, with accents, emoji and line breaks, and dates at both ends of the range
   * read back identical.
   */
  @Test
  @DisplayName("bounds: texts at their maximum length with emoji, and dates at both ends, read back identical")
  default void texts_and_dates_at_their_bounds_read_back_identical() {
    Storage storage = newStorage();
    LocalDate late = Bounds.LATEST_DATE.minusMonths(7).withDayOfMonth(1);
    TestClock clock = new TestClock(late);
    Liens liens = Liens.builder().storage(storage).clock(clock).build();
    String name = atLength(Bounds.NAME_MAX, false);
    Organisation funder = liens.organisations().register(COORDINATOR, name, OrganisationKind.DEPARTEMENT,
        "223000019", new PostalAddress(List.of(name, atLength(Bounds.NAME_MAX - 1, false)),
            atLength(Bounds.NAME_MAX, false), name));
    Parent parent = new Parent(PersonName.of(name, atLength(Bounds.NAME_MAX, false)));
    Household household = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .parent(parent)
        .child(new Child(PersonName.of(EMOJI, name), Bounds.EARLIEST_DATE))
        .child(new Child(PersonName.of("Léo", "Martin"), late))
        .employment(EmploymentSituation.EMPLOYED)
        .territory(name)
        .build());

    Referral referral = liens.referrals().receive(COORDINATOR, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.familyRequest(), funder.id(), late, ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(COORDINATOR, referral.id(), Consent.of(late, parent.id()));
    liens.referrals().assess(COORDINATOR, referral.id(), new NeedsAssessment(late, "Besoins évalués."));
    StaffId educator = StaffId.of(new UUID(9, 1));
    Staffing.register(liens, COORDINATOR, educator);
    Accompaniment accompaniment = liens.referrals().validate(COORDINATOR, referral.id(), List.of(educator));
    accompaniment = liens.accompaniments().start(COORDINATOR, accompaniment.id(), late);
    String shortText = atLength(Bounds.SHORT_TEXT_MAX, true);
    LocalDate lastDay = accompaniment.lastDay().orElseThrow();
    clock.set(Bounds.LATEST_DATE);
    accompaniment = liens.accompaniments().recordHomeVisit(COORDINATOR, accompaniment.id(), lastDay, educator);
    accompaniment = liens.accompaniments().writeSupportPlan(COORDINATOR, accompaniment.id(),
        new SupportPlan(late, List.of(parent.id()), List.of(shortText, EMOJI)));
    accompaniment = liens.accompaniments().drawEmtMap(COORDINATOR, accompaniment.id(),
        new EmtMap(late, List.of(shortText), List.of(EMOJI), List.of(atLength(Bounds.SHORT_TEXT_MAX - 1, true))));
    String longText = atLength(Bounds.LONG_TEXT_MAX, true);
    accompaniment = liens.accompaniments().writeActionReport(COORDINATOR, accompaniment.id(), lastDay, longText);

    Accompaniment saved = accompaniment;
    storage.read(r -> {
      assertThat(r.organisations().find(funder.id())).contains(funder);
      assertThat(r.households().find(household.id())).contains(household);
      assertThat(r.accompaniments().find(saved.id())).contains(saved);
      assertThat(r.accompaniments().contactsOf(saved.id())).containsExactlyElementsOf(saved.contacts());
      return null;
    });
    Accompaniment read = liens.accompaniments().get(COORDINATOR, saved.id());
    assertThat(read.actionReport().orElseThrow().conclusions()).isEqualTo(longText);
    assertThat(read.supportPlan().orElseThrow().actions()).containsExactly(shortText, EMOJI);
    Household readHousehold = liens.households().get(COORDINATOR, household.id());
    assertThat(readHousehold.profile().children().get(0).birthDate()).isEqualTo(Bounds.EARLIEST_DATE);
    assertThat(readHousehold.profile().parents().get(0).name().given()).isEqualTo(name);
    assertThat(liens.organisations().get(COORDINATOR, funder.id()).name()).isEqualTo(name);
  }

  /** Contract: a birth date after the registration day is refused and nothing is stored. */
  @Test
  @DisplayName("bounds: a birth date after the registration day is refused and nothing is stored")
  default void a_birth_date_in_the_future_is_refused() {
    Storage storage = newStorage();
    Liens liens = liensOn(storage);
    HouseholdProfile unborn = HouseholdProfile.builder()
        .parent(Parent.named("Anne", "Martin"))
        .child(new Child(PersonName.of("Léo", "Martin"), TODAY.plusDays(1)))
        .build();
    assertThatThrownBy(() -> liens.households().register(COORDINATOR, unborn))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
          assertThat(e.getMessage()).contains("birthDate");
        });
    Household born = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .parent(Parent.named("Anne", "Martin"))
        .child(new Child(PersonName.of("Léo", "Martin"), TODAY))
        .build());
    Optional<Household> stored = storage.read(r -> r.households().find(born.id()));
    assertThat(stored).contains(born);
  }
  /**
   * Contract: a lone surrogate, U+0000, an over-long text or a date past the range is refused by the core with {@code
   * INVALID_VALUE}, alike on every adapter.
   */
  @Test
  @DisplayName("bounds: a lone surrogate, U+0000, an over-long text or a date past the range is refused alike")
  default void out_of_bounds_values_are_refused_alike_on_every_adapter() {
    Storage storage = newStorage();
    Liens liens = liensOn(storage);
    List<String> names = List.of("CAF\uD83D", "CAF\u0000", "CAF\n du Gard", "C".repeat(Bounds.NAME_MAX + 1));
    for (String name : names) {
      assertThatThrownBy(() -> liens.organisations().register(COORDINATOR, name, OrganisationKind.CAF))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
            assertThat(e.getMessage()).contains("organisation name");
          });
    }
    assertThatThrownBy(() -> liens.organisations().register(COORDINATOR,
        OrganisationDetails.named("CAF du Gard").withSiren("775587373"), OrganisationKind.CAF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThatThrownBy(() -> liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .parent(Parent.named("Anne", "Martin"))
        .child(new Child(PersonName.of("Léo", "Martin"), LocalDate.of(1899, 12, 31)))
        .build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    List<Organisation> stored = storage.read(r -> r.organisations().all());
    assertThat(stored).isEmpty();
  }
}
