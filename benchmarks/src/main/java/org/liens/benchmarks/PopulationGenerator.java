package org.liens.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.catalog.Catalog;
import org.liens.catalog.OfferCode;
import org.liens.household.Caregiver;
import org.liens.household.CaredForPerson;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.json.CatalogJson;
import org.liens.json.TariffsJson;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.pricing.TariffBook;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.staff.StaffRole;

/**
 * Generates a realistic {@link Population} from a seed, deterministically: the same seed and size give an equal
 * population (every id, name and date is drawn from one {@link SplittableRandom}), so that a benchmark measures the
 * same work in every run.
 *
 * <p>What it looks like, from the 2023 offer (seeds: "Offre de services 2023"): referrals received over six months
 * ({@link #FIRST_DAY} to {@link #TODAY}), 60 % MIP, 20 % MADI (acute crisis), 20 % MAPA (a parent caring for a
 * child with a disability or a long illness); households of one or two parents with one to three children; four
 * referrals in five eligible and validated into an accompaniment, the fifth failing its offer's rule (an MIP for an
 * acute crisis alone, a MADI without one, a MAPA without a caregiver) and rejected; 95 % of the accompaniments
 * started with the 2023 tariff frozen, each with 1 to 20 contacts (mean 10.5: about 1 M contacts for 100 k
 * accompaniments), 70 % home visits, 30 % remote contacts, spread from the first appointment to {@code TODAY};
 * one prescriber for about 230 accompaniments (≈ 430 rows per prescriber at 100 k, as issue 13 measured), one
 * educator for about 40.
 */
public final class PopulationGenerator {
  /** The first day a referral may be received on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 1);
  /** The day the population is drawn on: six months after {@link #FIRST_DAY}. */
  public static final LocalDate TODAY = FIRST_DAY.plusMonths(6);

  private static final Catalog CATALOG = CatalogJson.standard2023();
  private static final TariffBook TARIFFS = TariffsJson.standard2023();
  private static final String[] GIVEN = {"Anne", "Karim", "Léa", "Moussa", "Chloé", "Thomas", "Inès", "Hugo",
      "Sofia", "Yanis", "Camille", "Nadia", "Lucas", "Emma", "Rayan", "Jade"};
  private static final String[] FAMILY = {"Martin", "Bernard", "Dubois", "Haddad", "Nguyen", "Petit", "Diallo",
      "Moreau", "Garcia", "Lefebvre", "Benali", "Roux", "Fontaine", "Mercier"};
  private static final SchoolGrade[] GRADES = SchoolGrade.values();
  private static final RemoteChannel[] CHANNELS = RemoteChannel.values();
  private static final EndDateConvention[] CONVENTIONS = EndDateConvention.values();

  private final SplittableRandom random;
  private final int size;
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<OrganisationId> prescribers = new ArrayList<>();
  private final List<OrganisationId> funders = new ArrayList<>();
  private final List<StaffMember> staff = new ArrayList<>();
  private final List<Household> households;
  private final List<Referral> referrals;
  private final List<Accompaniment> accompaniments;

  private PopulationGenerator(long seed, int size) {
    this.random = new SplittableRandom(seed);
    this.size = size;
    this.households = new ArrayList<>(size + size / 4 + 1);
    this.referrals = new ArrayList<>(size + size / 4 + 1);
    this.accompaniments = new ArrayList<>(size);
  }

  /**
   * {@return a population of {@code accompaniments} accompaniments and everything they refer to}
   *
   * @param seed the seed: equal seeds and sizes give equal populations
   * @param accompaniments how many accompaniments, positive
   */
  public static Population generate(long seed, int accompaniments) {
    if (accompaniments <= 0) {
      throw new IllegalArgumentException("a population has at least one accompaniment");
    }
    PopulationGenerator generator = new PopulationGenerator(seed, accompaniments);
    generator.organisationsAndStaff();
    for (int k = 0; generator.accompaniments.size() < accompaniments; k++) {
      generator.referral(k % 5 != 4);
    }
    return new Population(seed, TODAY, generator.organisations, generator.prescribers, generator.staff,
        generator.households, generator.referrals, generator.accompaniments);
  }

  private void organisationsAndStaff() {
    OrganisationId association = organisation("Au bonheur des liens", OrganisationKind.ASSOCIATION);
    funders.add(organisation("Département", OrganisationKind.DEPARTEMENT));
    funders.add(organisation("Caisse d'allocations familiales", OrganisationKind.CAF));
    funders.add(organisation("Mutualité sociale agricole", OrganisationKind.MSA));
    OrganisationKind[] kinds = {OrganisationKind.CCAS, OrganisationKind.SCHOOL, OrganisationKind.CAF,
        OrganisationKind.MEDICO_SOCIAL, OrganisationKind.CPTS};
    for (int p = 0; p < Math.max(3, size / 230); p++) {
      prescribers.add(organisation("Prescripteur " + p, kinds[p % kinds.length]));
    }
    for (int e = 0; e < Math.max(2, size / 40); e++) {
      staff.add(StaffMember.register(StaffId.of(uuid()), association, Set.of(StaffRole.EDUCATOR),
          FIRST_DAY.minusYears(1)).after());
    }
  }

  private OrganisationId organisation(String name, OrganisationKind kind) {
    Organisation organisation = Organisation.register(OrganisationId.of(uuid()), name, kind).after();
    organisations.add(organisation);
    return organisation.id();
  }

  /** One household, its referral, and its accompaniment if {@code eligible}. */
  private void referral(boolean eligible) {
    double draw = random.nextDouble();
    OfferCode offer = draw < 0.6 ? OfferCode.MIP : draw < 0.8 ? OfferCode.MADI : OfferCode.MAPA;
    LocalDate received = FIRST_DAY.plusDays(random.nextInt(180));
    Parent parent = new Parent(PersonId.of(uuid()), name());
    HouseholdProfile.Builder profile = HouseholdProfile.builder().parent(parent);
    if (random.nextInt(3) == 0) {
      profile.parent(new Parent(PersonId.of(uuid()), name()));
    } else {
      profile.singleParent(random.nextBoolean());
    }
    List<Child> children = new ArrayList<>();
    for (int c = 0, n = 1 + random.nextInt(3); c < n; c++) {
      LocalDate born = received.minusDays(random.nextInt(16 * 365));
      int age = (int) ChronoUnit.YEARS.between(born, received);
      Optional<SchoolGrade> grade = age < 3 ? Optional.empty() : Optional.of(GRADES[Math.min(age - 3, GRADES.length - 1)]);
      Child child = new Child(PersonId.of(uuid()), PersonName.of(GIVEN[random.nextInt(GIVEN.length)],
          parent.name().family()), born, grade);
      children.add(child);
      profile.child(child);
    }
    if (offer.equals(OfferCode.MAPA) && eligible) {
      Child cared = children.get(0);
      Condition condition = random.nextBoolean() ? Condition.DISABILITY : Condition.LONG_ILLNESS;
      profile.caregiver(Caregiver.asParent(parent, List.of(
          new CaredForPerson(cared.id(), cared.name(), Relationship.CHILD, Set.of(condition)))));
    }
    Household household = Household.register(HouseholdId.of(uuid()), profile.build()).after();
    households.add(household);

    OrganisationId prescriber = prescribers.get(random.nextInt(prescribers.size()));
    ReferralSource source = random.nextInt(20) == 0 ? ReferralSource.familyRequest()
        : ReferralSource.fieldWorker(prescriber, name());
    ReferralRequest request = ReferralRequest.of(household.id(), offer, source,
        funders.get(random.nextInt(funders.size())), received, reasons(offer, eligible));
    LocalDate assessed = received.plusDays(random.nextInt(7));
    Referral referral = Referral.receive(ReferralId.of(uuid()), request).after()
        .recordConsent(Consent.of(received, parent.id()), received).after()
        .assess(new NeedsAssessment(assessed, "Besoins évalués lors de l'entretien."), assessed).after();
    if (!eligible) {
      referrals.add(referral.reject("Hors des critères de l'offre.", assessed).after());
      return;
    }
    AccompanimentId id = AccompanimentId.of(uuid());
    LocalDate opened = assessed.plusDays(random.nextInt(7));
    List<StaffId> team = team(offer);
    Accompaniment accompaniment = Accompaniment.open(id, referral, CATALOG.require(offer), team, opened,
        CONVENTIONS[random.nextInt(CONVENTIONS.length)]).after();
    referrals.add(referral.validate(id, opened).after());
    if (random.nextInt(20) != 0) {
      accompaniment = started(accompaniment, opened.plusDays(random.nextInt(10)));
    }
    accompaniments.add(accompaniment);
  }

  /** The reasons of a referral to {@code offer}: the offer's own if eligible, another offer's otherwise. */
  private ReferralReason[] reasons(OfferCode offer, boolean eligible) {
    if (offer.equals(OfferCode.MIP)) {
      return eligible ? new ReferralReason[] {
          new ReferralReason[] {ReferralReason.CRISIS, ReferralReason.FAMILY_EVENT,
              ReferralReason.CHILD_SPECIFIC_EVENT}[random.nextInt(3)]}
          : new ReferralReason[] {ReferralReason.ACUTE_CRISIS};
    }
    if (offer.equals(OfferCode.MADI)) {
      return new ReferralReason[] {eligible ? ReferralReason.ACUTE_CRISIS : ReferralReason.FAMILY_EVENT};
    }
    return new ReferralReason[] {ReferralReason.CAREGIVER_CRISIS};
  }

  private List<StaffId> team(OfferCode offer) {
    StaffId first = staff.get(random.nextInt(staff.size())).id();
    if (!offer.equals(OfferCode.MADI) || random.nextBoolean()) {
      return List.of(first);
    }
    StaffId second = staff.get(random.nextInt(staff.size())).id();
    return second.equals(first) ? List.of(first) : List.of(first, second);
  }

  /** Started on {@code first} with the 2023 tariff, and its contacts up to {@link #TODAY}. */
  private Accompaniment started(Accompaniment opened, LocalDate first) {
    Accompaniment accompaniment = opened.start(first, TARIFFS).after();
    LocalDate end = accompaniment.period().orElseThrow().endExclusive().orElse(TODAY.plusDays(1));
    long days = ChronoUnit.DAYS.between(first, end.isBefore(TODAY) ? end : TODAY.plusDays(1));
    if (days <= 0) {
      return accompaniment;
    }
    int count = 1 + random.nextInt(20);
    long[] offsets = new long[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = random.nextLong(days);
    }
    Arrays.sort(offsets);
    List<StaffId> team = accompaniment.team();
    for (long offset : offsets) {
      LocalDate date = first.plusDays(offset);
      StaffId educator = team.get(random.nextInt(team.size()));
      Contact contact = random.nextInt(10) < 7 ? new HomeVisit(ContactId.of(uuid()), date, educator)
          : new RemoteContact(ContactId.of(uuid()), date, educator, CHANNELS[random.nextInt(CHANNELS.length)]);
      accompaniment = accompaniment.record(contact, TODAY).after();
    }
    return accompaniment;
  }

  private PersonName name() {
    return PersonName.of(GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)]);
  }

  /** A version-4 UUID drawn from the seeded random. */
  private UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(most, least);
  }
}
