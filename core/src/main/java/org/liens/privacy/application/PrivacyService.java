package org.liens.privacy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.accompaniment.Accompaniment;
import org.liens.audit.AuditEntry;
import org.liens.household.Household;
import org.liens.household.HouseholdAnonymised;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.json.LiensJson;
import org.liens.orientation.Orientation;
import org.liens.privacy.Anonymisation;
import org.liens.privacy.ErasureRefusedException;
import org.liens.privacy.RetentionDecision;
import org.liens.privacy.RetentionPolicy;
import org.liens.referral.Referral;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.NotFoundException;
import org.liens.storage.Repositories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention, erasure on request and export of a household's personal data (issue 9; GDPR art. 15 and 17; CNIL
 * référentiel for social and medico-social support), under the {@link RetentionPolicy} given to {@code Liens}.
 * Obtain it from {@code Liens#privacy()}.
 *
 * <p>Anonymising a household rewrites, each at its stored version, the household, its referrals, its
 * accompaniments and its orientations to partner services ({@link Anonymisation}), deletes the outbox events of all of them
 * ({@link org.liens.storage.EventOutbox#forget}) and emits one {@link HouseholdAnonymised} event (ids, a date and
 * counts). Invoices and credit notes are left as they are: they never name a family.
 */
public final class PrivacyService {
  private static final Logger LOG = LoggerFactory.getLogger(PrivacyService.class);

  private final Engine engine;
  private final RetentionPolicy policy;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock and listeners assembled by {@code Liens}
   * @param policy the retention policy
   */
  public PrivacyService(Engine engine, RetentionPolicy policy) {
    this.engine = Checks.required(engine, "engine");
    this.policy = Checks.required(policy, "policy");
  }

  /** {@return the retention policy in use} */
  public RetentionPolicy policy() {
    return policy;
  }

  /**
   * {@return whether the household's personal data is kept on {@code asOf}, until when and why}
   *
   * @param actor who acts
   * @param household the household
   * @param asOf the date to apply the rule at
   * @throws NotFoundException if there is no such household
   */
  public RetentionDecision decide(Actor actor, HouseholdId household, LocalDate asOf) {
    Checks.required(household, "household");
    Checks.date(asOf, "asOf");
    return engine.read(actor, Operation.PRIVACY_DECIDE, (gate, r) -> decision(r, checked(gate, r, household), asOf));
  }

  /**
   * The retention job: anonymises every household none of whose accompaniments and referrals is inside the retention
   * window on {@code asOf} ({@link RetentionDecision#expired()}). One transaction per household anonymised, the rule
   * checked again inside it with the household locked, so a household that a concurrent use case reopened is kept. A
   * host runs it daily as {@link Actor#system()}.
   *
   * @param actor who acts, the system for a batch
   * @param asOf the date to apply the rule at, today at the latest
   * @return how many households were examined, anonymised, already anonymised, kept
   */
  public RetentionReport anonymiseExpired(Actor actor, LocalDate asOf) {
    Checks.required(actor, "actor");
    notAfterToday(asOf);
    // one read lists the households and decides for each (one audit entry, no subject); then one transaction per
    // expired household, which checks the rule again with the household locked and names it in its audit entry
    List<HouseholdId> ids = new ArrayList<>();
    List<HouseholdId> expired = engine.read(actor, Operation.PRIVACY_ANONYMISE, (gate, r) -> {
      gate.check(AccessTarget.NONE);
      ids.addAll(r.households().ids());
      ids.sort(Comparator.comparing(HouseholdId::value));
      return ids.stream().filter(id -> decision(r, r.households().get(id), asOf).expired()).toList();
    });
    int anonymised = 0;
    int already = 0;
    for (HouseholdId id : expired) {
      Outcome outcome = engine.write(actor, Operation.PRIVACY_ANONYMISE, work -> {
        work.gate().check(AccessTarget.NONE);
        Outcome done = anonymiseIfAllowed(work, id, asOf, false);
        if (done == Outcome.ANONYMISED) {
          work.gate().concerns(id);
        }
        return done;
      });
      anonymised += outcome == Outcome.ANONYMISED ? 1 : 0;
      already += outcome == Outcome.ALREADY_ANONYMISED ? 1 : 0;
    }
    RetentionReport report = new RetentionReport(asOf, ids.size(), anonymised, already,
        ids.size() - anonymised - already);
    LOG.info("retention as of {}: {} households examined, {} anonymised, {} already anonymised, {} kept", asOf,
        report.examined(), report.anonymised(), report.alreadyAnonymised(), report.kept());
    return report;
  }

  /**
   * Erases a household's personal data on request (GDPR art. 17), by anonymising it as the retention job does, if
   * the retention policy no longer keeps it ({@link RetentionDecision#mayErase()}); erasing an anonymised household
   * changes nothing.
   *
   * @param actor who acts
   * @param household the household
   * @param asOf the date to apply the rule at, today at the latest
   * @return the decision that allowed it
   * @throws ErasureRefusedException with {@code ERASURE_REFUSED} while the policy keeps the data; nothing is changed
   * @throws NotFoundException if there is no such household
   */
  public RetentionDecision erase(Actor actor, HouseholdId household, LocalDate asOf) {
    Checks.required(household, "household");
    notAfterToday(asOf);
    return engine.write(actor, Operation.PRIVACY_ERASE, work -> {
      Repositories r = work.repositories();
      r.households().lock(household);
      RetentionDecision decision = decision(r, checked(work.gate(), r, household), asOf);
      if (!decision.mayErase()) {
        throw new ErasureRefusedException(decision);
      }
      anonymiseIfAllowed(work, household, asOf, true);
      return decision;
    });
  }

  /**
   * Exports everything held about a household as one JSON document ({@link HouseholdExport}, right of access, GDPR
   * art. 15): the profile, the referrals, the accompaniments with their contacts and documents, the audit entries
   * that name it, and the state history of each referral and accompaniment ({@link ExportedHistory}). The export itself is audited ({@code privacy.export}), as are erasures ({@code privacy.erase}) and
   * the households the retention job anonymises ({@code privacy.anonymise}).
   *
   * @param actor who acts
   * @param household the household
   * @return the JSON document
   * @throws NotFoundException if there is no such household
   */
  public String export(Actor actor, HouseholdId household) {
    Checks.required(household, "household");
    Instant now = engine.clock().instant();
    return engine.read(actor, Operation.PRIVACY_EXPORT, (gate, r) -> {
      Household stored = checked(gate, r, household);
      gate.concernsPeople(stored.profile().personIds());
      List<AuditEntry> audit = r.auditTrail().ofHousehold(household, Instant.EPOCH, now.plusSeconds(1));
      List<Referral> referrals = r.referrals().ofHousehold(household);
      List<Accompaniment> accompaniments = r.accompaniments().ofHousehold(household);
      return LiensJson.write(HouseholdExport.of(now, stored, referrals, accompaniments, audit,
          ExportedHistory.of(r, referrals, accompaniments), r.orientations().ofHousehold(household)));
    });
  }

  /**
   * Exports everything held about one person of a household as one JSON document ({@link PersonExport}, right of
   * access, GDPR art. 15): the person as the household lists them, the consents they gave, the documents written in
   * their name or addressed to them, the audit entries that name them, and the state history of the household's
   * referrals and accompaniments ({@link ExportedHistory}); not the other members of the household.
   * Audited as {@code privacy.export}.
   *
   * @param actor who acts
   * @param household the household the person belongs to
   * @param person the person
   * @return the JSON document
   * @throws NotFoundException if there is no such household, or no such person in it
   */
  public String export(Actor actor, HouseholdId household, PersonId person) {
    Checks.required(household, "household");
    Checks.required(person, "person");
    Instant now = engine.clock().instant();
    return engine.read(actor, Operation.PRIVACY_EXPORT, (gate, r) -> {
      Household stored = checked(gate, r, household);
      gate.concernsPeople(Set.of(person));
      List<AuditEntry> audit = r.auditTrail().ofPerson(person, Instant.EPOCH, now.plusSeconds(1));
      List<Referral> referrals = r.referrals().ofHousehold(household);
      List<Accompaniment> accompaniments = r.accompaniments().ofHousehold(household);
      return LiensJson.write(PersonExport.of(now, stored, person, referrals, accompaniments, audit,
          ExportedHistory.of(r, referrals, accompaniments), r.orientations().ofHousehold(household)));
    });
  }

  /** The household, once the gate lets the actor reach it (through the accompaniments' teams, prescribers, funders). */
  private static Household checked(Gate gate, Repositories r, HouseholdId household) {
    Household stored = r.households().get(household);
    gate.check(Targets.ofHousehold(household, r.accompaniments().ofHousehold(household)));
    return stored;
  }

  private RetentionDecision decision(Repositories r, Household household, LocalDate asOf) {
    return policy.decide(household.id(), r.referrals().ofHousehold(household.id()),
        r.accompaniments().ofHousehold(household.id()), r.orientations().ofHousehold(household.id()), asOf);
  }

  /** Anonymises the household, locked, unless the rule keeps it (the retention job) or nothing is left to change. */
  private Outcome anonymiseIfAllowed(UnitOfWork work, HouseholdId id, LocalDate asOf, boolean onRequest) {
    Repositories r = work.repositories();
    r.households().lock(id);
    Household household = r.households().get(id);
    List<Referral> referrals = r.referrals().ofHousehold(id);
    List<Accompaniment> accompaniments = r.accompaniments().ofHousehold(id);
    List<Orientation> orientations = r.orientations().ofHousehold(id);
    if (!onRequest && !policy.decide(id, referrals, accompaniments, orientations, asOf).expired()) {
      return Outcome.KEPT;
    }
    Anonymisation anonymisation = Anonymisation.of(household.profile());
    List<Referral> changedReferrals = referrals.stream()
        .map(anonymisation::referral).filter(a -> !referrals.contains(a)).toList();
    List<Accompaniment> changedAccompaniments = accompaniments.stream()
        .map(anonymisation::accompaniment).filter(a -> !accompaniments.contains(a)).toList();
    List<Orientation> changedOrientations = orientations.stream()
        .map(anonymisation::orientation).filter(o -> !orientations.contains(o)).toList();
    if (anonymisation.profile().equals(household.profile()) && changedReferrals.isEmpty()
        && changedAccompaniments.isEmpty() && changedOrientations.isEmpty()) {
      return Outcome.ALREADY_ANONYMISED;
    }
    changedReferrals.forEach(r.referrals()::save);
    changedAccompaniments.forEach(r.accompaniments()::save);
    changedOrientations.forEach(r.orientations()::save);
    r.households().save(work.accept(Change.of(new Household(id, household.version(), anonymisation.profile()),
        new HouseholdAnonymised(id, asOf, onRequest, changedReferrals.size(), changedAccompaniments.size()))));
    List<UUID> aggregates = Stream.of(Stream.of(id.value()), referrals.stream().map(x -> x.id().value()),
        accompaniments.stream().map(x -> x.id().value()), orientations.stream().map(x -> x.id().value()))
        .flatMap(s -> s).toList();
    int forgotten = r.outbox().forget(aggregates);
    LOG.debug("household {} anonymised as of {}: {} referrals, {} accompaniments, {} events forgotten", id, asOf,
        changedReferrals.size(), changedAccompaniments.size(), forgotten);
    return Outcome.ANONYMISED;
  }

  private void notAfterToday(LocalDate asOf) {
    Checks.date(asOf, "asOf");
    Checks.check(!asOf.isAfter(engine.today()), "the retention rule is applied at today at the latest");
  }

  /** What one household's anonymisation did. */
  private enum Outcome {
    ANONYMISED, ALREADY_ANONYMISED, KEPT
  }
}
