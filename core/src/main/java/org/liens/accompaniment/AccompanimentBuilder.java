package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.agreement.AgreementId;
import org.liens.catalog.Offer;
import org.liens.document.ActionReport;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Tariff;
import org.liens.referral.ConsentHistory;
import org.liens.referral.ReferralId;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * Rebuilds a stored accompaniment from its stored fields, as the storage adapters keep them: the status and the
 * fields of every state side by side. {@link #build()} maps them into the {@link Lifecycle} state they describe
 * and checks every invariant, so corrupted rows give an {@link IllegalStateException} (for instance a
 * cancellation reason on an active accompaniment, or a contact without a period). Obtain it from
 * {@link Accompaniment#builder()}; commands, not this builder, change an accompaniment (R2, R8).
 */
public final class AccompanimentBuilder {
  private AccompanimentId id;
  private long version = -1;
  private HouseholdId household;
  private ReferralId referral;
  private Offer offer;
  private Optional<OrganisationId> prescriber = Optional.empty();
  private OrganisationId funder;
  private Optional<AgreementId> agreement = Optional.empty();
  private LocalDate referredOn;
  private LocalDate openedOn;
  private EndDateConvention endDateConvention;
  private List<StaffId> team = List.of();
  private Optional<AccompanimentId> predecessor = Optional.empty();
  private ConsentHistory consents;
  private AccompanimentStatus status;
  private Optional<CarePeriod> period = Optional.empty();
  private Optional<Tariff> tariff = Optional.empty();
  private List<Contact> contacts = List.of();
  private List<PlannedVisit> plannedVisits = List.of();
  private Documents documents = Documents.NONE;
  private Optional<LocalDate> endedOn = Optional.empty();
  private Optional<String> cancellationReason = Optional.empty();
  private Optional<AccompanimentId> successor = Optional.empty();
  private Optional<String> exitReason = Optional.empty();

  AccompanimentBuilder() {}

  /**
   * {@return every field of {@code stored}; set some again to change them}
   *
   * @param stored the accompaniment to copy
   */
  public AccompanimentBuilder from(Accompaniment stored) {
    id(stored.id()).version(stored.version()).household(stored.household()).referral(stored.referral())
        .offer(stored.offer()).funder(stored.funder()).referredOn(stored.referredOn()).openedOn(stored.openedOn())
        .endDateConvention(stored.endDateConvention()).team(stored.team()).consents(stored.consents())
        .status(stored.status()).contacts(stored.contacts()).plannedVisits(stored.plannedVisits());
    prescriber = stored.prescriber();
    agreement = stored.agreement();
    predecessor = stored.predecessor();
    period = stored.period();
    tariff = stored.tariff();
    documents = new Documents(stored.supportPlan(), stored.emtMap(), stored.actionReport());
    endedOn = stored.endedOn();
    cancellationReason = stored.cancellationReason();
    successor = stored.successor();
    exitReason = stored.lifecycle() instanceof Lifecycle.Succeeded ? Optional.empty() : stored.exitReason();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#id()}}
   * @param id the stored value
   */
  public AccompanimentBuilder id(AccompanimentId id) {
    this.id = id;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#version()}}
   * @param version the stored value
   */
  public AccompanimentBuilder version(long version) {
    this.version = version;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#household()}}
   * @param household the stored value
   */
  public AccompanimentBuilder household(HouseholdId household) {
    this.household = household;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#referral()}}
   * @param referral the stored value
   */
  public AccompanimentBuilder referral(ReferralId referral) {
    this.referral = referral;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#offer()}}
   * @param offer the stored value
   */
  public AccompanimentBuilder offer(Offer offer) {
    this.offer = offer;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#funder()}}
   * @param funder the stored value
   */
  public AccompanimentBuilder funder(OrganisationId funder) {
    this.funder = funder;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#referredOn()}}
   * @param referredOn the stored value
   */
  public AccompanimentBuilder referredOn(LocalDate referredOn) {
    this.referredOn = referredOn;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#openedOn()}}
   * @param openedOn the stored value
   */
  public AccompanimentBuilder openedOn(LocalDate openedOn) {
    this.openedOn = openedOn;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#endDateConvention()}}
   * @param convention the stored value
   */
  public AccompanimentBuilder endDateConvention(EndDateConvention convention) {
    this.endDateConvention = convention;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#team()}}
   * @param team the stored value
   */
  public AccompanimentBuilder team(List<StaffId> team) {
    this.team = team;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#consents()}}
   * @param consents the stored value
   */
  public AccompanimentBuilder consents(ConsentHistory consents) {
    this.consents = consents;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#status()}}
   * @param status the stored value
   */
  public AccompanimentBuilder status(AccompanimentStatus status) {
    this.status = status;
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#contacts()}}
   * @param contacts the stored value
   */
  public AccompanimentBuilder contacts(List<Contact> contacts) {
    this.contacts = Checks.listOf(contacts, "contacts");
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#plannedVisits()}}
   * @param plannedVisits the stored value
   */
  public AccompanimentBuilder plannedVisits(List<PlannedVisit> plannedVisits) {
    this.plannedVisits = Checks.listOf(plannedVisits, "plannedVisits");
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#prescriber()}; empty unless called}
   * @param prescriber the stored value
   */
  public AccompanimentBuilder prescriber(OrganisationId prescriber) {
    this.prescriber = Optional.of(Checks.required(prescriber, "prescriber"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#prescriber()}, as if never set} */
  public AccompanimentBuilder clearPrescriber() {
    this.prescriber = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#agreement()}; empty unless called}
   * @param agreement the stored value
   */
  public AccompanimentBuilder agreement(AgreementId agreement) {
    this.agreement = Optional.of(Checks.required(agreement, "agreement"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#agreement()}, as if never set} */
  public AccompanimentBuilder clearAgreement() {
    this.agreement = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#predecessor()}; empty unless called}
   * @param predecessor the stored value
   */
  public AccompanimentBuilder predecessor(AccompanimentId predecessor) {
    this.predecessor = Optional.of(Checks.required(predecessor, "predecessor"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#predecessor()}, as if never set} */
  public AccompanimentBuilder clearPredecessor() {
    this.predecessor = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#period()}; empty unless called}
   * @param period the stored value
   */
  public AccompanimentBuilder period(CarePeriod period) {
    this.period = Optional.of(Checks.required(period, "period"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#period()}, as if never set} */
  public AccompanimentBuilder clearPeriod() {
    this.period = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#tariff()}; empty unless called}
   * @param tariff the stored value
   */
  public AccompanimentBuilder tariff(Tariff tariff) {
    this.tariff = Optional.of(Checks.required(tariff, "tariff"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#tariff()}, as if never set} */
  public AccompanimentBuilder clearTariff() {
    this.tariff = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#supportPlan()}; empty unless called}
   * @param plan the stored value
   */
  public AccompanimentBuilder supportPlan(SupportPlan plan) {
    documents = new Documents(Optional.of(Checks.required(plan, "supportPlan")), documents.emtMap(),
        documents.actionReport());
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#supportPlan()}, as if never set} */
  public AccompanimentBuilder clearSupportPlan() {
    documents = new Documents(Optional.empty(), documents.emtMap(), documents.actionReport());
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#emtMap()}; empty unless called}
   * @param map the stored value
   */
  public AccompanimentBuilder emtMap(EmtMap map) {
    documents = new Documents(documents.supportPlan(), Optional.of(Checks.required(map, "emtMap")),
        documents.actionReport());
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#emtMap()}, as if never set} */
  public AccompanimentBuilder clearEmtMap() {
    documents = new Documents(documents.supportPlan(), Optional.empty(), documents.actionReport());
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#actionReport()}; empty unless called}
   * @param report the stored value
   */
  public AccompanimentBuilder actionReport(ActionReport report) {
    documents = new Documents(documents.supportPlan(), documents.emtMap(),
        Optional.of(Checks.required(report, "actionReport")));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#actionReport()}, as if never set} */
  public AccompanimentBuilder clearActionReport() {
    documents = new Documents(documents.supportPlan(), documents.emtMap(), Optional.empty());
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#endedOn()}; empty unless called}
   * @param endedOn the stored value
   */
  public AccompanimentBuilder endedOn(LocalDate endedOn) {
    this.endedOn = Optional.of(Checks.required(endedOn, "endedOn"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#endedOn()}, as if never set} */
  public AccompanimentBuilder clearEndedOn() {
    this.endedOn = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#cancellationReason()}; empty unless called}
   * @param reason the stored value
   */
  public AccompanimentBuilder cancellationReason(String reason) {
    this.cancellationReason = Optional.of(Checks.required(reason, "cancellationReason"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#cancellationReason()}, as if never set} */
  public AccompanimentBuilder clearCancellationReason() {
    this.cancellationReason = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored {@link Accompaniment#successor()}; empty unless called}
   * @param successor the stored value
   */
  public AccompanimentBuilder successor(AccompanimentId successor) {
    this.successor = Optional.of(Checks.required(successor, "successor"));
    return this;
  }

  /** {@return this builder, with an empty {@link Accompaniment#successor()}, as if never set} */
  public AccompanimentBuilder clearSuccessor() {
    this.successor = Optional.empty();
    return this;
  }

  /**
   * {@return this builder, with the stored exit reason of a closure or a cancellation (issue 12); when never called,
   * a closure reads as objectives reached and a cancellation as other}
   * @param code the stored code
   */
  public AccompanimentBuilder exitReason(String code) {
    this.exitReason = Optional.of(Checks.required(code, "exitReason"));
    return this;
  }

  /** {@return this builder, with no stored exit reason, as if never set} */
  public AccompanimentBuilder clearExitReason() {
    this.exitReason = Optional.empty();
    return this;
  }

  /**
   * {@return the accompaniment these fields describe}
   *
   * @throws IllegalStateException if the fields contradict each other
   * @throws org.liens.shared.InvalidInputException if a field is missing
   */
  public Accompaniment build() {
    Checks.check(version >= 0, "version must be zero or more");
    Optional<FollowUp> started = FollowUp.stored(period, tariff, contacts, plannedVisits, documents);
    return new Accompaniment(id, version, household, referral, offer, prescriber, funder, agreement, referredOn,
        openedOn, endDateConvention, team, predecessor, consents,
        StoredLifecycle.of(status, started, endedOn, cancellationReason, successor, exitReason));
  }
}
