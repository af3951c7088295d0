package org.liens.agreement.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.Invoice;
import org.liens.catalog.OfferCode;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.internal.Targets;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.TariffBook;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;
import org.liens.storage.Repositories;

/**
 * Funding agreements (conventions, R10): conclude them, read their remaining places and budget, release a place
 * that will not be used. Places are taken when a referral under an agreement is validated
 * ({@link AgreementValidationStep}); amounts are charged when invoices and credit notes are issued. Obtain it from
 * {@code Liens#agreements()}.
 */
public final class AgreementService {
  private final Engine engine;
  private final TariffBook tariffs;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param tariffs the dated tariffs (R3)
   */
  public AgreementService(Engine engine, TariffBook tariffs) {
    this.engine = Checks.required(engine, "engine");
    this.tariffs = Checks.required(tariffs, "tariffs");
  }

  /**
   * Concludes an agreement on {@code terms}; lines without a negotiated price cost the tariff in force on the
   * period's first day.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @throws NotFoundException if a funder does not exist
   * @see FundingAgreement#conclude
   * @param terms the reference, period, funders' shares and lines agreed (R10)
   * @return the agreement as stored
   */
  public FundingAgreement conclude(Actor actor, AgreementTerms terms) {
    return conclude(actor, Optional.empty(), terms);
  }

  /**
   * Concludes an agreement under an id of the caller's choice, so that the call can be repeated safely after an
   * {@code OUTCOME_UNKNOWN}: if this agreement is already stored with these very terms (reference, period, funders,
   * lines and their prices), it is returned as stored, places and charges included, and nothing is concluded twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the agreement's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param terms the reference, period, funders' shares and lines agreed (R10)
   * @return the agreement as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another agreement
   * @throws NotFoundException if a funder does not exist
   */
  public FundingAgreement conclude(Actor actor, AgreementId id, AgreementTerms terms) {
    return conclude(actor, Optional.of(Checks.required(id, "id")), terms);
  }

  private FundingAgreement conclude(Actor actor, Optional<AgreementId> given, AgreementTerms terms) {
    Checks.required(terms, "terms");
    return engine.write(actor, Operation.AGREEMENT_CONCLUDE, work -> {
      Repositories repositories = work.repositories();
      work.gate().check(AccessTarget.NONE);
      terms.funders().stream().map(FunderShare::funder).forEach(repositories.organisations()::get);
      Change<FundingAgreement> concluded = FundingAgreement.conclude(
          given.orElseGet(() -> AgreementId.of(work.newId())), terms, tariffs, work.today());
      Optional<FundingAgreement> stored = given.flatMap(repositories.fundingAgreements()::find);
      if (stored.isPresent()) {
        if (!sameTerms(stored.get(), concluded.after())) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this agreement id names another agreement");
        }
        return stored.get(); // a repeated call whose first run committed: its result, nothing done twice
      }
      return repositories.fundingAgreements().save(work.accept(concluded));
    });
  }

  private static boolean sameTerms(FundingAgreement stored, FundingAgreement asked) {
    return stored.reference().equals(asked.reference()) && stored.period().equals(asked.period())
        && stored.funders().equals(asked.funders()) && stored.lines().equals(asked.lines());
  }

  /**
   * {@return the agreement with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the funding agreement
   * @throws NotFoundException if there is none
   */
  public FundingAgreement get(Actor actor, AgreementId id) {
    return read(actor, Operation.AGREEMENT_READ, id, "id",
        (gate, repositories, key) -> gate.check(repositories.fundingAgreements().get(key), Targets::of));
  }

  /**
   * {@return the agreements covering {@code offer} with a place left, in force on {@code on}}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param offer the offer (R1)
   * @param on the day the places are counted
   */
  public List<FundingAgreement> withPlacesLeft(Actor actor, OfferCode offer, LocalDate on) {
    Checks.required(offer, "offer");
    Checks.date(on, "on");
    return read(actor, Operation.AGREEMENT_PLACES, on, "on", (gate, repositories, key) -> {
      gate.check(AccessTarget.NONE); // every funder's agreements: the whole organisation's scope only
      return repositories.fundingAgreements().withPlacesLeft(offer, key);
    });
  }

  /**
   * {@return the agreements {@code funder} takes a share of}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param funder the organisation that pays
   */
  public List<FundingAgreement> ofFunder(Actor actor, OrganisationId funder) {
    return read(actor, Operation.AGREEMENT_READ, funder, "funder", (gate, repositories, key) -> {
      gate.check(AccessTarget.fundedBy(key));
      return gate.filter(repositories.fundingAgreements().ofFunder(key), Targets::of);
    });
  }

  /**
   * Gives back the place of a cancelled accompaniment that was never invoiced (or takes an accompaniment off the
   * waitlist); the first accompaniment waiting for that offer gets it.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the funding agreement
   * @throws IllegalTransitionException with {@link ErrorCode#ILLEGAL_TRANSITION} if the accompaniment holds a place
   *     but is not cancelled, or has an invoice
   * @param accompanimentId the accompaniment whose place is given back
   * @return the agreement as stored after the change
   */
  public FundingAgreement releasePlace(Actor actor, AgreementId id, AccompanimentId accompanimentId) {
    Checks.required(id, "id");
    Checks.required(accompanimentId, "accompaniment");
    return engine.write(actor, Operation.AGREEMENT_RELEASE_PLACE, work -> {
      Repositories repositories = work.repositories();
      FundingAgreement agreement = work.gate().check(repositories.fundingAgreements().get(id), Targets::of);
      Accompaniment accompaniment = work.gate().check(repositories.accompaniments().get(accompanimentId), Targets::of);
      if (!agreement.isWaitlisted(accompanimentId)) {
        boolean invoiced = repositories.invoices().ofAccompaniment(accompanimentId).stream().anyMatch(Invoice::isLive);
        if (accompaniment.status() != AccompanimentStatus.CANCELLED || invoiced) {
          throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION,
              "a place is released only for a cancelled accompaniment that was never invoiced");
        }
      }
      return repositories.fundingAgreements().save(work.accept(agreement.releasePlace(accompanimentId, work.today())));
    });
  }

  /** Reads in one transaction, once the policy allows it, what {@code query} says of {@code key}, which is required. */
  private <K, T> T read(Actor actor, Operation operation, K key, String name, Query<K, T> query) {
    Checks.required(key, name);
    return engine.read(actor, operation, (gate, repositories) -> query.apply(gate, repositories, key));
  }

  @FunctionalInterface
  private interface Query<K, T> {
    T apply(Gate gate, Repositories repositories, K key);
  }
}
