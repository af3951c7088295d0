package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.audit.AuditEntry;
import org.liens.event.DomainEvent;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdAnonymised;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.privacy.ErasureRefusedException;
import org.liens.privacy.RetentionDecision;
import org.liens.privacy.application.RetentionReport;
import org.liens.referral.Referral;
import org.liens.shared.ErrorCode;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.privacy.Anonymisation;
import org.liens.orientation.Orientation;

/**
 * Retention, erasure and export (issue 9, item 6) on a storage adapter: after the retention job, no name, birth date,
 * free text or health condition of an anonymised household is left anywhere in the storage — every stored text is
 * scanned ({@link #storedText}) — while the statistical fields, the invoices and the households still followed stay
 * as they were; export, erasure, export leaves the second export without personal data. Also the two port methods
 * the job needs: {@code Households.ids()} and {@code EventOutbox.forget}; and, on random households and dates, the job
 * anonymises exactly the households none of whose accompaniments is inside the window ({@link RetentionJobContract}).
 *
 * <p>Not part of {@link StorageContract}: an adapter's test implements {@link #storedText}, which only it can do.
 */
public interface RetentionContract extends RetentionJobContract {
  /** The last day the data of households A and B is kept: two years after their last activity, 2024-03-14. */
  LocalDate LAST_DAY_KEPT = LocalDate.of(2026, 3, 13);

  /**
   * {@return every text the storage holds, as one string: every column of every Liens table, every value reachable
   * from the in-memory store} Compared case-insensitively.
   *
   * @param storage a storage returned by {@link #newStorage()}
   */
  String storedText(Storage storage);

  /** Retention: the job anonymises households whose window ended, and nothing of their people is left stored. */
  @Test
  @DisplayName("retention: the job leaves no name, birth date or free text of an expired household in storage")
  default void the_retention_job_leaves_no_personal_data_of_expired_households() {
    Storage storage = newStorage();
    RetentionScenario s = RetentionScenario.on(storage);
    for (String letter : List.of("A", "B", "C")) {
      assertThat(found(storedText(storage), letter)).as("markers of %s stored before", letter)
          .containsExactlyElementsOf(RetentionScenario.personalData(letter));
    }
    List<String> figures = storage.read((Repositories r) -> List.of(figures(r, s.family.id()), figures(r, s.caregiver.id())));
    List<String> followedBefore = storage.read((Repositories r) -> List.of(everything(r, s.followed.id())));

    s.clock.set(LAST_DAY_KEPT);
    assertThat(s.liens.privacy().anonymiseExpired(Actor.system(), LAST_DAY_KEPT))
        .isEqualTo(new RetentionReport(LAST_DAY_KEPT, 3, 0, 0, 3));
    s.clock.set(LAST_DAY_KEPT.plusDays(1));
    assertThat(s.liens.privacy().anonymiseExpired(Actor.system(), s.clock.today()))
        .isEqualTo(new RetentionReport(s.clock.today(), 3, 2, 0, 1));

    String stored = storedText(storage);
    assertThat(found(stored, "A")).as("personal data of household A left in storage").isEmpty();
    assertThat(found(stored, "B")).as("personal data of household B left in storage").isEmpty();
    assertThat(found(stored, "C")).as("the household still followed keeps its data")
        .containsExactlyElementsOf(RetentionScenario.personalData("C"));
    assertThat(storage.read((Repositories r) -> List.of(figures(r, s.family.id()), figures(r, s.caregiver.id()))))
        .as("statistical fields").isEqualTo(figures);
    assertThat(storage.read((Repositories r) -> List.of(everything(r, s.followed.id())))).isEqualTo(followedBefore);
    assertThat(storage.read((Repositories r) -> r.invoices().ofAccompaniment(s.familyMip))).as("invoices")
        .containsExactlyElementsOf(s.invoices);
    Household family = storage.read((Repositories r) -> r.households().get(s.family.id()));
    assertThat(family.profile().children()).extracting(Child::birthDate)
        .containsExactly(LocalDate.of(2011, 1, 1), LocalDate.of(2021, 1, 1));

    List<DomainEvent> pending = storage.read((Repositories r) -> r.outbox().pending(10_000));
    List<UUID> anonymised = storage.read((Repositories r) -> aggregatesOf(r, s.family.id(), s.caregiver.id()));
    assertThat(pending).filteredOn(e -> anonymised.contains(e.aggregateId()))
        .extracting(DomainEvent::payload)
        .containsExactlyInAnyOrder(new HouseholdAnonymised(s.family.id(), s.clock.today(), false, 2, 1),
            new HouseholdAnonymised(s.caregiver.id(), s.clock.today(), false, 1, 1));
    assertThat(pending).as("events of the household still followed")
        .anyMatch(e -> e.aggregateId().equals(s.followed.uuid()));

    assertThat(storage.read((Repositories r) -> r.auditTrail().ofHousehold(s.family.id(), Instant.EPOCH,
        s.clock.instant().plusSeconds(1)))).extracting(AuditEntry::operation).contains("privacy.anonymise");
    assertThat(s.liens.privacy().anonymiseExpired(Actor.system(), s.clock.today()))
        .as("a second run finds nothing left to do")
        .isEqualTo(new RetentionReport(s.clock.today(), 3, 0, 2, 1));
  }

  /** Erasure: export, erase, export; the second export holds no personal data, ids and dates stay. */
  @Test
  @DisplayName("erasure: export, then erasure, then export: the second export is empty of personal data")
  default void export_then_erasure_then_export() {
    Storage storage = newStorage();
    RetentionScenario s = RetentionScenario.on(storage);
    s.clock.set(LAST_DAY_KEPT.plusDays(1));
    String before = s.liens.privacy().export(RetentionScenario.COORDINATOR, s.family.id());
    assertThat(found(before, "A")).containsExactlyElementsOf(RetentionScenario.personalData("A"));
    assertThat(before).contains(s.familyMip.toString(), "2024-03-14", "\"RSA\"");

    RetentionDecision decision = s.liens.privacy().erase(RetentionScenario.COORDINATOR, s.family.id(),
        s.clock.today());
    assertThat(decision.reason()).isEqualTo(RetentionDecision.Reason.EXPIRED);

    String after = s.liens.privacy().export(RetentionScenario.COORDINATOR, s.family.id());
    assertThat(found(after, "A")).as("personal data in the export after erasure").isEmpty();
    assertThat(after).contains(s.familyMip.toString(), "2024-03-14", "\"RSA\"");
    assertThat(after).as("the audit entries about the household").contains("privacy.export", "privacy.erase");
    assertThat(found(storedText(storage), "A")).isEmpty();
    assertThat(found(storedText(storage), "B")).as("other households untouched")
        .containsExactlyElementsOf(RetentionScenario.personalData("B"));
  }

  /** Orientations (issue 16) are exported with the household and the person, and anonymised with them. */
  @Test
  @DisplayName("orientations: exported with the household and the person, anonymised keeping state and participation")
  default void orientations_are_exported_and_anonymised_with_the_household() {
    Storage storage = newStorage();
    RetentionScenario s = RetentionScenario.on(storage);
    Orientation before = storage.read((Repositories r) -> r.orientations().get(s.familyOrientation));
    String household = s.liens.privacy().export(RetentionScenario.COORDINATOR, s.family.id());
    String person = s.liens.privacy().export(RetentionScenario.COORDINATOR, s.family.id(), before.person());
    String child = s.liens.privacy().export(RetentionScenario.COORDINATOR, s.family.id(),
        s.family.profile().children().get(0).id());

    s.clock.set(LAST_DAY_KEPT.plusDays(1));
    s.liens.privacy().anonymiseExpired(Actor.system(), s.clock.today());
    Orientation after = storage.read((Repositories r) -> r.orientations().get(s.familyOrientation));

    assertThat(household).contains(s.familyOrientation.toString(), "A-marker-orientation");
    assertThat(person).contains(s.familyOrientation.toString(), "A-marker-orientation");
    assertThat(child).doesNotContain(s.familyOrientation.toString());
    assertThat(after.outcome().orElseThrow().reason()).isEqualTo(Anonymisation.REMOVED);
    assertThat(after.outcome().orElseThrow().tookPart()).isTrue();
    assertThat(after.state()).isEqualTo(before.state());
    assertThat(after.person()).isEqualTo(before.person());
  }

  /** Erasure: refused with ERASURE_REFUSED while the rule keeps the data, saying why; nothing changes. */
  @Test
  @DisplayName("erasure: refused while an accompaniment is open or the window runs, nothing changed")
  default void erasure_is_refused_while_the_rule_keeps_the_data() {
    Storage storage = newStorage();
    RetentionScenario s = RetentionScenario.on(storage);
    s.clock.set(LAST_DAY_KEPT);
    String stored = storedText(storage);

    assertThatThrownBy(() -> s.liens.privacy().erase(RetentionScenario.COORDINATOR, s.followed.id(),
        s.clock.today()))
        .isInstanceOfSatisfying(ErasureRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ERASURE_REFUSED);
          assertThat(e.decision().reason()).isEqualTo(RetentionDecision.Reason.OPEN_ACCOMPANIMENT);
          assertThat(found(e.getMessage(), "C")).isEmpty();
        });
    assertThatThrownBy(() -> s.liens.privacy().erase(RetentionScenario.COORDINATOR, s.family.id(),
        s.clock.today()))
        .isInstanceOfSatisfying(ErasureRefusedException.class, e -> {
          assertThat(e.decision().reason()).isEqualTo(RetentionDecision.Reason.INSIDE_WINDOW);
          assertThat(e.decision().keptUntil()).contains(LAST_DAY_KEPT);
          assertThat(e.getMessage()).contains("2026-03-13").contains("2024-03-14");
          assertThat(found(e.getMessage(), "A")).isEmpty();
        });
    assertThat(storedText(storage)).as("a refused erasure changes nothing").isEqualTo(stored);
  }

  /** Port: {@code Households.ids()} lists every household, in a read and inside a transaction. */
  @Test
  @DisplayName("households: ids() lists every household stored, and no other")
  default void households_ids_lists_every_household() {
    Storage storage = newStorage();
    assertThat(storage.read((Repositories r) -> r.households().ids())).isEmpty();
    List<HouseholdId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Household household = Household.register(HouseholdId.of(UUID.randomUUID()),
          TransactionContract.profile("Anne")).after();
      storage.inTransaction((Repositories r) -> r.households().save(household));
      ids.add(household.id());
    }
    assertThat(storage.read((Repositories r) -> r.households().ids())).containsExactlyInAnyOrderElementsOf(ids);
  }

  /** Port: {@code EventOutbox.forget} deletes the events of the aggregates named, pending or not, and no other. */
  @Test
  @DisplayName("outbox: forget deletes every event of the aggregates named, and only theirs; a rollback keeps them")
  default void forget_deletes_the_events_of_the_aggregates_named() {
    Storage storage = newStorage();
    UUID gone = UUID.randomUUID();
    UUID kept = UUID.randomUUID();
    List<DomainEvent> events = List.of(TransactionContract.event(gone), TransactionContract.event(kept),
        TransactionContract.event(gone), TransactionContract.event(kept), TransactionContract.event(gone));
    storage.inTransaction((Repositories r) -> {
      r.outbox().append(events);
      r.outbox().acknowledge(List.of(events.get(0).id()));
      return null;
    });
    try {
      storage.inTransaction((Repositories r) -> {
        r.outbox().forget(List.of(gone, kept));
        throw new IllegalStateException("rolled back");
      });
    } catch (IllegalStateException expected) {
      // the forgetting rolled back
    }
    assertThat(storage.read((Repositories r) -> r.outbox().pending(10))).containsExactlyElementsOf(events.subList(1, 5));

    int forgotten = storage.inTransaction((Repositories r) -> r.outbox().forget(List.of(gone, UUID.randomUUID())));
    assertThat(forgotten).as("the pending events deleted").isEqualTo(2);
    assertThat(storage.read((Repositories r) -> r.outbox().pending(10))).containsExactly(events.get(1), events.get(3));
    assertThat(storage.inTransaction((Repositories r) -> r.outbox().forget(List.of()))).isZero();
  }

  /** The values of {@code RetentionScenario.personalData(letter)} found in {@code text}, case-insensitive. */
  private static List<String> found(String text, String letter) {
    String haystack = text.toLowerCase(Locale.ROOT);
    return RetentionScenario.personalData(letter).stream()
        .filter(v -> haystack.contains(v.toLowerCase(Locale.ROOT))).toList();
  }

  private static List<UUID> aggregatesOf(Repositories r, HouseholdId... households) {
    List<UUID> ids = new ArrayList<>();
    for (HouseholdId household : households) {
      ids.add(household.value());
      r.referrals().ofHousehold(household).forEach(x -> ids.add(x.id().value()));
      r.accompaniments().ofHousehold(household).forEach(x -> ids.add(x.id().value()));
    }
    return ids;
  }

  /** Everything of a household, as stored. */
  private static String everything(Repositories r, HouseholdId id) {
    return List.of(r.households().get(id), r.referrals().ofHousehold(id), r.accompaniments().ofHousehold(id))
        .toString() + r.households().get(id).profile().children().stream().map(Child::birthDate).toList()
        + r.referrals().ofHousehold(id).stream().map(x -> x.assessment().map(a -> a.summary())).toList();
  }

  /**
   * The fields of a household the published figures need (R11): composition, flags, employment, birth years; every
   * referral's offer, source, reasons, status and dates; every accompaniment's offer, team, status, dates, period,
   * contacts, planned visits, tariff and document dates and counts. Versions left out: anonymising is a save.
   */
  private static String figures(Repositories r, HouseholdId id) {
    HouseholdProfile p = r.households().get(id).profile();
    List<Object> values = new ArrayList<>(List.of(p.parents().size(), p.singleParent(), p.employment(),
        p.belowPovertyLine(), p.children().stream().map(c -> c.birthDate().getYear()).toList(),
        p.caregivers().stream().map(c -> c.caresFor().stream().map(x -> x.relationship()).toList()).toList()));
    for (Referral x : r.referrals().ofHousehold(id)) {
      values.addAll(List.of(x.id(), x.offer(), x.source().channel(), x.source().prescriber(), x.funder(),
          x.reasons(), x.receivedOn(), x.status(), x.decidedOn(), x.accompaniment(),
          x.consent().map(c -> c.givenOn() + "/" + c.givenBy().size()), x.assessment().map(a -> a.assessedOn())));
    }
    for (Accompaniment x : r.accompaniments().ofHousehold(id)) {
      values.addAll(List.of(x.id(), x.offer(), x.status(), x.team(), x.prescriber(), x.funder(), x.referredOn(),
          x.openedOn(), x.period(), x.endedOn(), x.contacts(), x.plannedVisits(), x.tariff(),
          x.supportPlan().map(d -> d.writtenOn() + "/" + d.holders().size() + "/" + d.actions().size()),
          x.emtMap().map(d -> d.drawnOn() + "/" + d.stakes().size()),
          x.actionReport().map(d -> d.writtenOn() + "/" + d.contacts() + "/" + d.copiesTo())));
    }
    return values.toString();
  }
}
