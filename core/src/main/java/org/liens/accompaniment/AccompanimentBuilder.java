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

  AccompanimentBuilder() {}

  /**
   * {@return every field of {@code stored}; set some again to change them}
   *
   * @param stored the accompaniment to copy
   */
  public AccompanimentBuilder from(Accompaniment stored) {
    return id(stored.id()).version(stored.version()).household(stored.household()).referral(stored.referral())
        .offer(stored.offer()).prescriber(stored.prescriber()).funder(stored.funder()).agreement(stored.agreement())
        .referredOn(stored.referredOn()).openedOn(stored.openedOn()).endDateConvention(stored.endDateConvention())
        .team(stored.team()).predecessor(stored.predecessor()).consents(stored.consents()).status(stored.status()).period(stored.period())
        .tariff(stored.tariff()).contacts(stored.contacts()).plannedVisits(stored.plannedVisits())
        .supportPlan(stored.supportPlan()).emtMap(stored.emtMap()).actionReport(stored.actionReport())
        .endedOn(stored.endedOn()).cancellationReason(stored.cancellationReason()).successor(stored.successor());
  }

  /**
   * Sets the stored value of {@link Accompaniment#id()}.
   *
   * @param id the stored value
   * @return this builder
   */
  public AccompanimentBuilder id(AccompanimentId id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#version()}.
   *
   * @param version the stored value
   * @return this builder
   */
  public AccompanimentBuilder version(long version) {
    this.version = version;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#household()}.
   *
   * @param household the stored value
   * @return this builder
   */
  public AccompanimentBuilder household(HouseholdId household) {
    this.household = household;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#referral()}.
   *
   * @param referral the stored value
   * @return this builder
   */
  public AccompanimentBuilder referral(ReferralId referral) {
    this.referral = referral;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#offer()}.
   *
   * @param offer the stored value
   * @return this builder
   */
  public AccompanimentBuilder offer(Offer offer) {
    this.offer = offer;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#prescriber()}.
   *
   * @param prescriber the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder prescriber(Optional<OrganisationId> prescriber) {
    this.prescriber = prescriber;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#funder()}.
   *
   * @param funder the stored value
   * @return this builder
   */
  public AccompanimentBuilder funder(OrganisationId funder) {
    this.funder = funder;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#agreement()}.
   *
   * @param agreement the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder agreement(Optional<AgreementId> agreement) {
    this.agreement = agreement;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#referredOn()}.
   *
   * @param referredOn the stored value
   * @return this builder
   */
  public AccompanimentBuilder referredOn(LocalDate referredOn) {
    this.referredOn = referredOn;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#openedOn()}.
   *
   * @param openedOn the stored value
   * @return this builder
   */
  public AccompanimentBuilder openedOn(LocalDate openedOn) {
    this.openedOn = openedOn;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#endDateConvention()}.
   *
   * @param convention the stored value
   * @return this builder
   */
  public AccompanimentBuilder endDateConvention(EndDateConvention convention) {
    this.endDateConvention = convention;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#team()}.
   *
   * @param team the stored value
   * @return this builder
   */
  public AccompanimentBuilder team(List<StaffId> team) {
    this.team = team;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#predecessor()}.
   *
   * @param predecessor the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder predecessor(Optional<AccompanimentId> predecessor) {
    this.predecessor = predecessor;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#predecessor()}.
   *
   * @param predecessor the stored value
   * @return this builder
   */
  public AccompanimentBuilder predecessor(AccompanimentId predecessor) {
    return predecessor(Optional.of(predecessor));
  }

  /**
   * Sets the stored value of {@link Accompaniment#consents()}.
   *
   * @param consents the stored value
   * @return this builder
   */
  public AccompanimentBuilder consents(ConsentHistory consents) {
    this.consents = consents;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#status()}.
   *
   * @param status the stored value
   * @return this builder
   */
  public AccompanimentBuilder status(AccompanimentStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#period()}.
   *
   * @param period the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder period(Optional<CarePeriod> period) {
    this.period = Checks.optional(period, "period");
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#tariff()}.
   *
   * @param tariff the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder tariff(Optional<Tariff> tariff) {
    this.tariff = Checks.optional(tariff, "tariff");
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#contacts()}.
   *
   * @param contacts the stored value
   * @return this builder
   */
  public AccompanimentBuilder contacts(List<Contact> contacts) {
    this.contacts = Checks.listOf(contacts, "contacts");
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#plannedVisits()}.
   *
   * @param plannedVisits the stored value
   * @return this builder
   */
  public AccompanimentBuilder plannedVisits(List<PlannedVisit> plannedVisits) {
    this.plannedVisits = Checks.listOf(plannedVisits, "plannedVisits");
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#supportPlan()}.
   *
   * @param plan the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder supportPlan(Optional<SupportPlan> plan) {
    documents = new Documents(plan, documents.emtMap(), documents.actionReport());
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#emtMap()}.
   *
   * @param map the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder emtMap(Optional<EmtMap> map) {
    documents = new Documents(documents.supportPlan(), map, documents.actionReport());
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#actionReport()}.
   *
   * @param report the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder actionReport(Optional<ActionReport> report) {
    documents = new Documents(documents.supportPlan(), documents.emtMap(), report);
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#endedOn()}.
   *
   * @param endedOn the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder endedOn(Optional<LocalDate> endedOn) {
    this.endedOn = Checks.optional(endedOn, "endedOn");
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#cancellationReason()}.
   *
   * @param reason the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder cancellationReason(Optional<String> reason) {
    this.cancellationReason = Checks.optional(reason, "cancellationReason");
    return this;
  }

  /**
   * Sets the stored value of {@link Accompaniment#successor()}.
   *
   * @param successor the stored value; empty when none
   * @return this builder
   */
  public AccompanimentBuilder successor(Optional<AccompanimentId> successor) {
    this.successor = Checks.optional(successor, "successor");
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
        Lifecycle.of(status, started, endedOn, cancellationReason, successor));
  }
}
