package org.liens.storage.tck;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liens.access.Actor;
import org.liens.organisation.Organisation;
import org.liens.storage.Storage;

/**
 * The casebook the bad calls of {@link BadInputContract} are made on, written once per adapter test class and reused
 * while the storage still holds what it held after the last refused calls (bad input stores nothing, which the
 * contract checks after each batch of calls by reading everything): when the organisations, the outbox or the audit
 * trail differ (another test emptied the database and wrote its own), a new casebook is written on a new storage.
 */
final class BadInputCasebook {
  /** The seed of the casebook the calls are made on. */
  static final long SEED = 20261203L;
  private static final Map<Class<?>, BadInputCasebook> WRITTEN = new ConcurrentHashMap<>();

  final Storage storage;
  final Casebook book;
  /** What the storage holds, as last read. */
  private Map<String, Object> stored;
  /** A part of {@link #stored} that changes as soon as anything else is written or the storage is emptied. */
  private List<Object> fingerprint;

  private BadInputCasebook(Storage storage, Casebook book) {
    this.storage = storage;
    this.book = book;
    read();
  }

  /** {@return what the storage held when last read} */
  Map<String, Object> stored() {
    return stored;
  }

  /** Reads what the storage holds now, which {@link #stored()} then returns. */
  void read() {
    stored = stored(storage, book);
    fingerprint = fingerprint(storage);
  }

  /** The organisations, the outbox and the audit trail of the coordinator: another test changes them all. */
  private static List<Object> fingerprint(Storage storage) {
    return storage.read(r -> List.of(r.organisations().all(), r.outbox().pending(10_000), r.auditTrail().ofActor(
        Casebook.COORDINATOR.userId(), Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"))));
  }

  /** {@return the casebook of {@code factory}'s class, as written and still held, or a new one} */
  static BadInputCasebook of(StorageFactory factory) {
    BadInputCasebook written = WRITTEN.get(factory.getClass());
    if (written != null) {
      List<Object> now;
      try {
        now = fingerprint(written.storage);
      } catch (RuntimeException emptiedOrClosed) {
        now = null;
      }
      if (written.fingerprint.equals(now)) {
        return written;
      }
    }
    Storage storage = factory.newStorage();
    BadInputCasebook fresh = new BadInputCasebook(storage, Casebook.write(storage, SEED));
    WRITTEN.put(factory.getClass(), fresh);
    return fresh;
  }

  /**
   * {@return everything the storage holds about {@code book}: the {@link Snapshot} (aggregates, query answers,
   * outbox), the audit entries of every actor the catalogue uses, and the staff of every organisation}
   */
  static Map<String, Object> stored(Storage storage, Casebook book) {
    Snapshot snapshot = Snapshot.of(storage, book);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("households", snapshot.households);
    all.put("organisations", snapshot.organisations);
    all.put("referrals", snapshot.referrals);
    all.put("accompaniments", snapshot.accompaniments);
    all.put("agreements", snapshot.agreements);
    all.put("quotes", snapshot.quotes);
    all.put("series", snapshot.series);
    all.put("invoices", snapshot.invoices);
    all.put("credit notes", snapshot.creditNotes);
    all.put("events", snapshot.events);
    snapshot.queries.forEach((query, answer) -> all.put("query " + query, answer));
    Instant from = Instant.parse("2000-01-01T00:00:00Z");
    Instant to = Instant.parse("2100-01-01T00:00:00Z");
    storage.read(r -> {
      for (String user : List.of(Casebook.COORDINATOR.userId(), Actor.system().userId(), "educator-1")) {
        all.put("audit of " + user, r.auditTrail().ofActor(user, from, to));
      }
      for (Organisation organisation : snapshot.organisations) {
        all.put("staff of " + organisation.id(), r.staff().ofOrganisation(organisation.id()));
      }
      return null;
    });
    return all;
  }
}
