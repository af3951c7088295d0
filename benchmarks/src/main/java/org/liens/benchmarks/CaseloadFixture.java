package org.liens.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.catalog.Catalog;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
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

/**
 * A seeded caseload population for the caseload benchmarks (issue 13, target 3): accompaniments opened over three
 * years before {@link #TODAY} by {@link #PRESCRIBERS} prescribers and paid by {@link #FUNDERS} funders, MIP (70 %)
 * and MADI (30 %, half of them with two educators), 5 % without the consent to share with the prescriber; those
 * opened in the last six months are open (validated for their first three weeks half of the time, else active
 * with their contacts so far, about one every 18 days, 60 % home visits), the older ones ended (cancelled after
 * six months, with 4 to 12 contacts). So about 16 % are open: at 100 k, the measured prescriber has about 390 open
 * accompaniments it may consult among 2,500. Everything is built with the aggregates' own commands, never stored
 * (version 0): the benchmarks store it with the in-memory adapter or the JDBC bulk import.
 */
final class CaseloadFixture {
  static final int PRESCRIBERS = 40;
  static final int FUNDERS = 5;
  static final int EDUCATORS = 40;
  static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

  /** One accompaniment with what it refers to: its household, its referral assessed and then validated. */
  record Case(Household household, Referral assessed, Referral validated, Accompaniment accompaniment) {}

  final List<Organisation> organisations = new ArrayList<>();
  final List<OrganisationId> prescribers = new ArrayList<>();
  final List<OrganisationId> funders = new ArrayList<>();
  final List<StaffId> educators = new ArrayList<>();
  private final Catalog catalog = CatalogJson.standard2023();
  private final TariffBook tariffs = TariffsJson.standard2023();
  private final Parent anne = new Parent(PersonName.of("Anne", "Martin"));
  private final HouseholdProfile profile = HouseholdProfile.builder().parent(anne).build();
  private final long seed;

  CaseloadFixture(long seed) {
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < PRESCRIBERS + FUNDERS; p++) {
      Organisation organisation = Organisation.register(OrganisationId.of(new UUID(random.nextLong(), p)),
          (p < PRESCRIBERS ? "Prescripteur " : "Financeur ") + p,
          p < PRESCRIBERS ? OrganisationKind.CCAS : OrganisationKind.CAF).after();
      organisations.add(organisation);
      (p < PRESCRIBERS ? prescribers : funders).add(organisation.id());
    }
    for (int e = 0; e < EDUCATORS; e++) {
      educators.add(StaffId.of(new UUID(random.nextLong(), e)));
    }
  }

  /** The prescriber whose caseload is measured. */
  OrganisationId measured() {
    return prescribers.get(7);
  }

  /** Builds {@code size} cases, the same ones for the same seed, and hands each to {@code sink} in turn. */
  void generate(int size, Consumer<Case> sink) {
    SplittableRandom random = new SplittableRandom(seed + 1);
    for (int i = 0; i < size; i++) {
      sink.accept(build(random));
    }
  }

  private Case build(SplittableRandom random) {
    LocalDate opened = TODAY.minusDays(random.nextInt(3 * 365));
    LocalDate received = opened.minusDays(random.nextInt(21));
    OrganisationId prescriber = prescribers.get(random.nextInt(PRESCRIBERS));
    OrganisationId funder = funders.get(random.nextInt(FUNDERS));
    OfferCode offer = random.nextInt(10) < 7 ? OfferCode.MIP : OfferCode.MADI;
    int first = random.nextInt(EDUCATORS);
    List<StaffId> team = offer == OfferCode.MADI && random.nextBoolean()
        ? List.of(educators.get(first), educators.get((first + 1) % EDUCATORS)) : List.of(educators.get(first));
    Household household = Household.register(HouseholdId.of(uuid(random)), profile).after();
    Consent consent = random.nextInt(20) == 0 ? Consent.of(received, anne.id()).withoutSharing()
        : Consent.of(received, anne.id());
    Referral assessed = Referral.receive(ReferralId.of(uuid(random)), ReferralRequest.of(household.id(), offer,
            ReferralSource.fieldWorker(prescriber, anne.name()), funder, received, ReferralReason.CRISIS)).after()
        .recordConsent(consent, opened).after()
        .assess(new NeedsAssessment(received, "Besoins."), opened).after();
    Accompaniment accompaniment = Accompaniment.open(AccompanimentId.of(uuid(random)), assessed,
        catalog.require(offer), team, opened, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after();
    Referral validated = assessed.validate(accompaniment.id(), opened).after();
    boolean open = opened.isAfter(TODAY.minusDays(180));
    boolean waiting = open && opened.isAfter(TODAY.minusDays(21)) && random.nextBoolean();
    if (!waiting) {
      LocalDate start = opened.plusDays(1 + random.nextInt(14));
      start = start.isAfter(TODAY) ? TODAY : start;
      accompaniment = accompaniment.start(start, tariffs).after();
      LocalDate last = open && TODAY.isBefore(start.plusDays(170)) ? TODAY : start.plusDays(170);
      int contacts = open ? (int) (last.toEpochDay() - start.toEpochDay()) / 18 : 4 + random.nextInt(9);
      long step = Math.max(1, (last.toEpochDay() - start.toEpochDay()) / Math.max(1, contacts));
      for (int c = 0; c < contacts; c++) {
        LocalDate date = start.plusDays(c * step);
        StaffId educator = team.get(c % team.size());
        accompaniment = accompaniment.record(random.nextInt(10) < 6
            ? new HomeVisit(ContactId.of(uuid(random)), date, educator)
            : new RemoteContact(ContactId.of(uuid(random)), date, educator, RemoteChannel.PHONE), TODAY).after();
      }
      if (!open) {
        accompaniment = accompaniment.cancel("Fin de l'accompagnement",
            last.isBefore(TODAY) ? last.plusDays(1) : TODAY, TODAY).after();
      }
    }
    return new Case(household, assessed, validated, accompaniment);
  }

  private static UUID uuid(SplittableRandom random) {
    return new UUID(random.nextLong(), random.nextLong());
  }
}
