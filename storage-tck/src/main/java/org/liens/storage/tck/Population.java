package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.staff.StaffRole;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.HomeVisit;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.json.CatalogJson;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.storage.Storage;

/**
 * Random caseloads for the query contract: a few organisations, households and educators, and accompaniments in
 * random states, written straight through the repositories.
 */
public final class Population {
  static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  static final List<String> ORGANISATION_NAMES = List.of("CCAS d'Alès", "Département", "CAF du Gard", "MSA", "École");
  static final List<StaffId> EDUCATORS = List.of(
      StaffId.of(new UUID(5, 1)), StaffId.of(new UUID(5, 2)), StaffId.of(new UUID(5, 3)));

  /** What one random accompaniment looks like before it is written. */
  public record Spec(int household, OfferCode offer, Optional<Integer> prescriber, int funder, List<Integer> team,
      int receivedDay, int openedAfter, Optional<Integer> startAfter, int visits, Ending ending, Sharing sharing) {}

  /** Whether the family shares the accompaniment's progress with the prescriber (issue 9). */
  public enum Sharing {
    /** Consented at the referral, never revoked. */
    SHARED,
    /** Consented to the accompaniment only. */
    NEVER,
    /** Consented at the referral, revoked once open. */
    REVOKED
  }

  /** How a random accompaniment ends, if it does. */
  public enum Ending {
    /** It stays open. */
    NONE,
    /** It is cancelled. */
    CANCELLED,
    /** It is closed with its action report. */
    CLOSED
  }

  /** {@return random accompaniment specs, across offers, prescribers, funders, teams, dates and endings} */
  public static Arbitrary<Spec> specs() {
    Arbitrary<OfferCode> offers = Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS);
    Arbitrary<Optional<Integer>> prescribers = Arbitraries.integers().between(0, 2).optional(0.8);
    Arbitrary<List<Integer>> teams = Arbitraries.integers().between(0, EDUCATORS.size() - 1).set().ofMinSize(1)
        .ofMaxSize(3).map(ArrayList::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), offers, prescribers, Arbitraries.integers().between(3, 4), teams,
            Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 20).optional(0.7))
        .flatAs((household, offer, prescriber, funder, team, received, opened, start) ->
            Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(Ending.class),
                Arbitraries.of(Sharing.class)).as((visits, ending, sharing) ->
                new Spec(household, offer, prescriber, funder,
                    offer.equals(OfferCode.MADI) ? team : List.of(team.get(0)), received, opened, start, visits,
                    ending, sharing)));
  }

  /** What was written, as stored. */
  public final List<Organisation> organisations = new ArrayList<>();
  /** The households written, as stored. */
  public final List<Household> households = new ArrayList<>();
  /** The referrals written, as stored. */
  public final List<Referral> referrals = new ArrayList<>();
  /** The accompaniments written, as stored. */
  public final List<Accompaniment> accompaniments = new ArrayList<>();

  /**
   * Writes the population in one transaction per aggregate life, as the services would.
   *
   * @param storage the storage under test
   * @param specs what to write
   * @return what was written, as stored
   */
  public static Population write(Storage storage, List<Spec> specs) {
    Population p = new Population();
    storage.inTransaction(r -> {
      for (int i = 0; i < ORGANISATION_NAMES.size(); i++) {
        p.organisations.add(r.organisations().save(Organisation.register(OrganisationId.of(new UUID(3, i)),
            ORGANISATION_NAMES.get(i), OrganisationKind.values()[i]).after()));
      }
      for (StaffId educator : EDUCATORS) {
        r.staff().save(StaffMember.register(educator, OrganisationId.of(new UUID(3, 0)), Set.of(StaffRole.EDUCATOR),
            Staffing.SINCE).after());
      }
      for (int i = 0; i < 3; i++) {
        p.households.add(r.households().save(Household.register(HouseholdId.of(new UUID(4, i)),
            Profiles.parentAndCaregiverWithChild()).after()));
      }
      return null;
    });
    return p.writeMore(storage, specs);
  }

  /**
   * Writes more accompaniments into this population, whose organisations, households and educators are stored.
   *
   * @param storage the storage the population was written to
   * @param specs what to write
   * @return this population, with what was written, as stored
   */
  public Population writeMore(Storage storage, List<Spec> specs) {
    for (Spec spec : specs) {
      storage.inTransaction(r -> {
        write(r, spec);
        return null;
      });
    }
    return this;
  }

  private void write(org.liens.storage.Repositories r, Spec spec) {
    HouseholdId household = households.get(spec.household()).id();
    ReferralSource source = spec.prescriber()
        .map(i -> ReferralSource.fieldWorker(organisations.get(i).id(), World.name("Paul")))
        .orElse(ReferralSource.familyRequest());
    LocalDate received = BASE.plusDays(spec.receivedDay());
    Referral referral = Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(household, spec.offer(),
            source, organisations.get(spec.funder()).id(), received, ReferralReason.CRISIS)).after()
        .recordConsent(spec.sharing() == Sharing.NEVER ? Consent.of(received, Profiles.ANNE).withoutSharing()
            : Consent.of(received, Profiles.ANNE), TODAY).after()
        .assess(new NeedsAssessment(received, "Besoins."), TODAY).after();
    referral = r.referrals().save(referral);
    LocalDate opened = received.plusDays(spec.openedAfter());
    Accompaniment accompaniment = r.accompaniments().save(Accompaniment.open(AccompanimentId.of(UUID.randomUUID()),
        referral, CatalogJson.standard2023().require(spec.offer()),
        spec.team().stream().map(EDUCATORS::get).toList(), opened, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after());
    referrals.add(r.referrals().save(referral.validate(accompaniment.id(), opened).after()));
    Accompaniment stored = accompaniment;
    if (spec.startAfter().isPresent()) {
      LocalDate start = opened.plusDays(spec.startAfter().get());
      accompaniment = accompaniment.start(start).after();
      StaffId educator = accompaniment.team().get(0);
      for (int v = 0; v < spec.visits(); v++) {
        accompaniment = accompaniment.record(new HomeVisit(ContactId.of(UUID.randomUUID()), start.plusDays(v * 20L),
            educator), TODAY).after();
      }
      if (spec.ending() == Ending.CLOSED) {
        LocalDate end = start.plusDays(100);
        accompaniment = accompaniment.writeActionReport(end, "Bilan.", Profiles.parentAndCaregiverWithChild(), TODAY)
            .after().close(end, TODAY).after();
      }
    }
    if (spec.sharing() == Sharing.REVOKED && accompaniment.isOpen()) {
      accompaniment = accompaniment.revokeSharingConsent(opened.plusDays(1), List.of(Profiles.ANNE),
          Profiles.parentAndCaregiverWithChild(), TODAY).after();
    }
    if (spec.ending() == Ending.CANCELLED) {
      accompaniment = accompaniment.cancel("Fin anticipée", opened.plusDays(spec.visits() * 20L + 30), TODAY).after();
    }
    if (accompaniment != stored) {
      accompaniment = r.accompaniments().save(accompaniment);
    }
    accompaniments.add(accompaniment);
  }
}
