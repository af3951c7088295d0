package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;
import org.liens.storage.AuditTrail;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * The audit trail (issue 9): append-only, in the transaction of the change it records, queried per household, per
 * person and per actor over {@code [from, to)}, by time then id, purged by age.
 */
public interface AuditTrailContract extends StorageFactory {
  /** The first instant of the entries the contract writes. */
  Instant AUDIT_BASE = Instant.parse("2024-03-01T08:00:00Z");
  /** Five households, persons and actors the random entries draw from, so that queries meet several entries. */
  List<HouseholdId> AUDIT_HOUSEHOLDS = ids(5, HouseholdId::of);
  /** The persons of the random entries. */
  List<PersonId> AUDIT_PERSONS = ids(5, PersonId::of);
  /** The actors of the random entries: every role, with and without organisation and staff id. */
  List<Actor> AUDIT_ACTORS = List.of(
      Actor.of("u-coordinator", Role.COORDINATOR),
      Actor.staff("u-educator", Role.EDUCATOR, StaffId.of(UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100"))),
      Actor.of("u-prescriber", Role.PRESCRIBER, OrganisationId.of(UUID.fromString(
          "ffffffff-0000-4000-8000-000000000001"))),
      Actor.of("u-funder", Role.FUNDER, OrganisationId.of(UUID.fromString("00000000-ffff-4fff-bfff-ffffffffffff"))),
      Actor.system());

  /**
   * Contract (audit): an entry reads back equal through each of its subjects and its actor, within the period only.
   */
  @Test
  @DisplayName("audit: an entry reads back equal per household, per person and per actor, over [from, to)")
  default void an_entry_reads_back_per_subject_and_actor() {
    Storage storage = newStorage();
    Instant at = AUDIT_BASE.plusSeconds(3600).plusNanos(123_456_000);
    AuditEntry entry = new AuditEntry(UUID.randomUUID(), at, AUDIT_ACTORS.get(2), "accompaniment.get",
        Set.of(AUDIT_HOUSEHOLDS.get(0), AUDIT_HOUSEHOLDS.get(1)), Set.of(AUDIT_PERSONS.get(0)), AuditOutcome.DENIED);
    append(storage, List.of(entry));

    Instant after = at.plusNanos(1_000);
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(1), at, after))).containsExactly(entry);
    assertThat(query(storage, t -> t.ofPerson(AUDIT_PERSONS.get(0), at, after))).containsExactly(entry);
    assertThat(query(storage, t -> t.ofActor("u-prescriber", at, after))).containsExactly(entry);
    // [from, to): the instant itself as the end is outside, as is any other subject or actor
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(0), AUDIT_BASE, at))).isEmpty();
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(2), AUDIT_BASE, after))).isEmpty();
    assertThat(query(storage, t -> t.ofPerson(AUDIT_PERSONS.get(1), AUDIT_BASE, after))).isEmpty();
    assertThat(query(storage, t -> t.ofActor("u-funder", AUDIT_BASE, after))).isEmpty();
    assertThat(query(storage, t -> t.ofActor("U-PRESCRIBER", AUDIT_BASE, after))).isEmpty();
    assertThat(query(storage, t -> t.ofActor("u-prescriber", Instant.MIN, Instant.MAX))).containsExactly(entry);
    assertThat(query(storage, t -> t.ofActor("u-prescriber", after, at))).isEmpty();
  }

  /** Contract (audit): entries at one instant come in the order of their ids' text. */
  @Test
  @DisplayName("audit: entries are listed by time, then by the text of their id")
  default void entries_are_ordered_by_time_then_id() {
    Storage storage = newStorage();
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      UUID id = i % 3 == 0 ? new UUID(-1L - i, i) : UUID.randomUUID(); // negative halves: signed and text orders differ
      entries.add(new AuditEntry(id, AUDIT_BASE.plusSeconds(i % 4), AUDIT_ACTORS.get(0), "household.get",
          Set.of(AUDIT_HOUSEHOLDS.get(0)), Set.of(), AuditOutcome.ALLOWED));
    }
    append(storage, entries);

    List<AuditEntry> expected = entries.stream().sorted(AuditEntry.ORDER).toList();
    Instant end = AUDIT_BASE.plusSeconds(10);
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(0), AUDIT_BASE, end)))
        .containsExactlyElementsOf(expected);
    assertThat(query(storage, t -> t.ofActor("u-coordinator", AUDIT_BASE, end))).containsExactlyElementsOf(expected);
  }

  /** Contract (audit): an entry appended in a transaction that rolls back is gone. */
  @Test
  @DisplayName("audit: an entry appended in a transaction that rolls back is gone")
  default void a_rolled_back_append_leaves_nothing() {
    Storage storage = newStorage();
    AuditEntry entry = entry(0, AUDIT_ACTORS.get(0));
    assertThatThrownBy(() -> storage.inTransaction(r -> {
      r.auditTrail().append(entry);
      throw new IllegalStateException("the change it recorded failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(query(storage, t -> t.ofActor(entry.actor().userId(), Instant.MIN, Instant.MAX))).isEmpty();
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(0), Instant.MIN, Instant.MAX))).isEmpty();
    append(storage, List.of(entry)); // and its id is free again
    assertThat(query(storage, t -> t.ofActor(entry.actor().userId(), Instant.MIN, Instant.MAX)))
        .containsExactly(entry);
  }

  /** Contract (audit): an id already in the trail is a duplicate, and the stored entry is unchanged. */
  @Test
  @DisplayName("audit: an entry id already in the trail is a DUPLICATE_ID; the first entry stays as it was")
  default void a_known_id_is_a_duplicate() {
    Storage storage = newStorage();
    AuditEntry first = entry(0, AUDIT_ACTORS.get(0));
    append(storage, List.of(first));
    AuditEntry again = new AuditEntry(first.id(), first.at().plusSeconds(1), AUDIT_ACTORS.get(1), "household.update",
        Set.of(), Set.of(AUDIT_PERSONS.get(3)), AuditOutcome.DENIED);

    assertThatThrownBy(() -> append(storage, List.of(again))).isInstanceOfSatisfying(LiensException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    assertThat(query(storage, t -> t.ofActor(first.actor().userId(), Instant.MIN, Instant.MAX)))
        .containsExactly(first);
    assertThat(query(storage, t -> t.ofActor(again.actor().userId(), Instant.MIN, Instant.MAX))).isEmpty();
    assertThat(query(storage, t -> t.ofPerson(AUDIT_PERSONS.get(3), Instant.MIN, Instant.MAX))).isEmpty();
  }

  /** Contract (audit): a read-only call cannot append nor purge. */
  @Test
  @DisplayName("audit: Storage.read refuses to append or purge")
  default void a_read_only_call_cannot_write_the_trail() {
    Storage storage = newStorage();
    AuditEntry entry = entry(0, AUDIT_ACTORS.get(0));
    assertThatThrownBy(() -> append(storage::read, List.of(entry))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> storage.read(r -> r.auditTrail().purgeBefore(Instant.MAX)))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Contract (audit): the purge deletes exactly the entries before the instant; rolled back, it deletes none. */
  @Test
  @DisplayName("audit: purgeBefore deletes the entries before the instant, and only them; rolled back, none")
  default void the_purge_deletes_old_entries_only() {
    Storage storage = newStorage();
    List<AuditEntry> entries =
        IntStream.range(0, 6).mapToObj(i -> entry(i, AUDIT_ACTORS.get(i % AUDIT_ACTORS.size()))).toList();
    append(storage, entries);
    Instant cut = entries.get(3).at();

    assertThatThrownBy(() -> storage.inTransaction(r -> {
      r.auditTrail().purgeBefore(cut);
      throw new IllegalStateException("the job was stopped");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(0), Instant.MIN, Instant.MAX)))
        .containsExactlyElementsOf(entries);

    assertThat(purge(storage, cut)).isEqualTo(3);
    assertThat(query(storage, t -> t.ofHousehold(AUDIT_HOUSEHOLDS.get(0), Instant.MIN, Instant.MAX)))
        .containsExactlyElementsOf(entries.subList(3, 6));
    assertThat(query(storage, t -> t.ofPerson(AUDIT_PERSONS.get(0), Instant.MIN, Instant.MAX)))
        .containsExactlyElementsOf(entries.subList(3, 6));
    assertThat(purge(storage, cut)).isZero();
    assertThat(purge(storage, Instant.MIN)).isZero();
    assertThat(purge(storage, Instant.MAX)).isEqualTo(3);
  }

  /**
   * One random entry, as drawn by the property.
   *
   * @param second seconds after {@link #AUDIT_BASE}
   * @param actor index in {@link #AUDIT_ACTORS}
   * @param households indexes in {@link #AUDIT_HOUSEHOLDS}
   * @param persons indexes in {@link #AUDIT_PERSONS}
   * @param denied whether the outcome is {@code DENIED}
   */
  record Draw(int second, int actor, Set<Integer> households, Set<Integer> persons, boolean denied) {}

  /** {@return up to thirty random entries} */
  @Provide
  default Arbitrary<List<Draw>> auditDraws() {
    Arbitrary<Set<Integer>> subjects = Arbitraries.integers().between(0, 4).set().ofMaxSize(3);
    return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 4),
        subjects, subjects, Arbitraries.of(true, false)).as(Draw::new).list().ofMaxSize(30);
  }

  /**
   * Contract (audit): on random entries, each query and the purge do exactly what a filter over the entries does.
   *
   * @param draws the random entries
   * @param from the start of the queried period, in seconds after {@link #AUDIT_BASE}
   * @param span the length of the queried period, in seconds
   * @param cut the purge instant, in seconds after {@link #AUDIT_BASE}
   */
  @Property(tries = 12)
  @Label("audit: on random entries, every query and the purge equal a filter over the entries, by time then id")
  default void queries_match_a_reference_filter(@ForAll("auditDraws") List<Draw> draws,
      @ForAll("auditSeconds") int from, @ForAll("auditSeconds") int span, @ForAll("auditSeconds") int cut) {
    Storage storage = newStorage();
    List<AuditEntry> entries = new ArrayList<>();
    for (Draw d : draws) {
      entries.add(new AuditEntry(UUID.randomUUID(), AUDIT_BASE.plusSeconds(d.second()).plusNanos(d.second() * 1000L),
          AUDIT_ACTORS.get(d.actor()), d.denied() ? "household.update" : "household.get",
          Set.copyOf(d.households().stream().map(AUDIT_HOUSEHOLDS::get).toList()),
          Set.copyOf(d.persons().stream().map(AUDIT_PERSONS::get).toList()),
          d.denied() ? AuditOutcome.DENIED : AuditOutcome.ALLOWED));
    }
    append(storage, entries);
    Instant start = AUDIT_BASE.plusSeconds(from);
    Instant end = start.plusSeconds(span);
    assertQueriesMatch(storage, entries, start, end);

    Instant cutAt = AUDIT_BASE.plusSeconds(cut);
    int purged = purge(storage, cutAt);
    List<AuditEntry> kept = entries.stream().filter(e -> !e.at().isBefore(cutAt)).toList();
    assertThat(purged).isEqualTo(entries.size() - kept.size());
    assertQueriesMatch(storage, kept, Instant.MIN, Instant.MAX);
    Statistics.label("entries").collect(entries.size() >= 10 ? "10+" : "<10");
    Statistics.label("purged").collect(purged == 0 ? "none" : purged == entries.size() ? "all" : "some");
  }

  /** {@return seconds after the base, around the drawn entries} */
  @Provide
  default Arbitrary<Integer> auditSeconds() {
    return Arbitraries.integers().between(0, 45);
  }

  private static void assertQueriesMatch(Storage storage, List<AuditEntry> entries, Instant from, Instant to) {
    Predicate<AuditEntry> within = e -> !e.at().isBefore(from) && e.at().isBefore(to);
    for (HouseholdId h : AUDIT_HOUSEHOLDS) {
      assertThat(query(storage, t -> t.ofHousehold(h, from, to)))
          .containsExactlyElementsOf(filter(entries, within.and(e -> e.households().contains(h))));
    }
    for (PersonId p : AUDIT_PERSONS) {
      assertThat(query(storage, t -> t.ofPerson(p, from, to)))
          .containsExactlyElementsOf(filter(entries, within.and(e -> e.persons().contains(p))));
    }
    for (Actor a : AUDIT_ACTORS) {
      assertThat(query(storage, t -> t.ofActor(a.userId(), from, to)))
          .containsExactlyElementsOf(filter(entries, within.and(e -> e.actor().userId().equals(a.userId()))));
    }
  }

  private static List<AuditEntry> filter(List<AuditEntry> entries, Predicate<AuditEntry> keep) {
    return entries.stream().filter(keep).sorted(AuditEntry.ORDER).toList();
  }

  /**
   * {@return an entry {@code minutes} after the base, naming the first household and the first person}
   *
   * @param minutes minutes after {@link #AUDIT_BASE}
   * @param actor who asked
   */
  static AuditEntry entry(int minutes, Actor actor) {
    return new AuditEntry(UUID.randomUUID(), AUDIT_BASE.plusSeconds(60L * minutes), actor, "household.get",
        Set.of(AUDIT_HOUSEHOLDS.get(0)), Set.of(AUDIT_PERSONS.get(0)), AuditOutcome.ALLOWED);
  }

  /**
   * Appends the entries in one transaction.
   *
   * @param storage the storage
   * @param entries the entries, in order
   */
  static void append(Storage storage, List<AuditEntry> entries) {
    append(storage::inTransaction, entries);
  }

  /**
   * Appends the entries in one call of {@code transaction}: {@code storage::inTransaction}, or {@code storage::read},
   * which must refuse.
   *
   * @param transaction how the storage is called
   * @param entries the entries, in order
   */
  static void append(Function<Function<Repositories, Object>, Object> transaction, List<AuditEntry> entries) {
    transaction.apply(r -> {
      entries.forEach(r.auditTrail()::append);
      return null;
    });
  }

  /**
   * {@return how many entries a purge before {@code before} deleted, in a transaction of its own}
   *
   * @param storage the storage
   * @param before the first instant kept
   */
  static int purge(Storage storage, Instant before) {
    Integer purged = storage.inTransaction(r -> r.auditTrail().purgeBefore(before));
    return purged;
  }

  /**
   * {@return what a query of the trail answers in a read-only call}
   *
   * @param storage the storage
   * @param query the query
   */
  static List<AuditEntry> query(Storage storage, Function<AuditTrail, List<AuditEntry>> query) {
    return storage.read(r -> query.apply(r.auditTrail()));
  }

  private static <I> List<I> ids(int count, Function<UUID, I> of) {
    List<I> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(of.apply(UUID.randomUUID()));
    }
    return List.copyOf(ids);
  }
}
