package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.ErrorCode;
import org.liens.staff.StaffId;
import org.liens.storage.AuditTrail;

/**
 * {@code liens_audit_entry} and {@code liens_audit_subject} (migration V5): the audit trail. An append inserts the
 * entry and one subject row per household or person id, in the caller's transaction; nothing updates them; the
 * purge deletes the old rows. Queries read the subject index (or the actor index) over {@code [from, to)} and list
 * entries by time, then id.
 */
final class AuditRepository implements AuditTrail {
  static final String ENTRY = "liens_audit_entry";
  static final String SUBJECT = "liens_audit_subject";
  private static final String HOUSEHOLD = "HOUSEHOLD";
  private static final String PERSON = "PERSON";
  private static final String INSERT_ENTRY = "INSERT INTO " + ENTRY + " (id, occurred_at, actor_user_id, actor_role,"
      + " actor_organisation_id, actor_staff_id, operation, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_SUBJECTS = "INSERT INTO " + SUBJECT
      + " (entry_id, subject_kind, subject_id, occurred_at) VALUES ";
  private static final String SUBJECT_ROW = "(?, ?, ?, ?)";
  /** The entries with their subjects (one row per subject, or one row with none), by time then id. */
  private static final String SELECT = "SELECT e.id, e.occurred_at, e.actor_user_id, e.actor_role,"
      + " e.actor_organisation_id, e.actor_staff_id, e.operation, e.outcome, x.subject_kind, x.subject_id FROM ";
  private static final String WITH_SUBJECTS = " LEFT JOIN " + SUBJECT + " x ON x.entry_id = e.id";
  private static final String ORDER = " ORDER BY e.occurred_at, e.id";

  private final Session session;
  private final Transaction tx;

  AuditRepository(Session session) {
    this.session = session;
    this.tx = session.transaction;
  }

  private record Subject(String kind, UUID id) {}

  /**
   * Appends the entry and its subjects. An id already in the trail is not looked for first (a query per use case):
   * the primary key refuses it, and the failure is {@link ErrorCode#DUPLICATE_ID}; the transaction then rolls back.
   */
  @Override
  public void append(AuditEntry entry) {
    Checks.required(entry, "entry");
    session.writable();
    List<Subject> subjects = new ArrayList<>();
    entry.households().forEach(h -> subjects.add(new Subject(HOUSEHOLD, h.value())));
    entry.persons().forEach(p -> subjects.add(new Subject(PERSON, p.value())));
    Transaction.RowBinder<Subject> subject =
        (args, s) -> args.uuid(entry.id()).text(s.kind()).uuid(s.id()).instant(entry.at());
    if (tx.dialect == Dialect.POSTGRESQL && !subjects.isEmpty()
        && 8 + 4 * subjects.size() <= Transaction.MAX_PARAMETERS) {
      // one statement, one round trip: the entry in a WITH, its subjects in one multi-row INSERT (issue 13)
      tx.update("append an audit entry", "WITH e AS (" + INSERT_ENTRY + ") " + INSERT_SUBJECTS
          + String.join(", ", java.util.Collections.nCopies(subjects.size(), SUBJECT_ROW)), args -> {
            bindEntry(args, entry);
            for (Subject s : subjects) {
              subject.bind(args, s);
            }
          });
      return;
    }
    tx.update("append an audit entry", INSERT_ENTRY, args -> bindEntry(args, entry));
    // one multi-row INSERT: a caseload page names 50 households, 50 executions as a batch (issue 13)
    tx.multiRow("append audit subjects", INSERT_SUBJECTS, SUBJECT_ROW, "", 4, subjects, subject, sent -> { });
  }

  private static void bindEntry(Args args, AuditEntry entry) throws java.sql.SQLException {
    Actor actor = entry.actor();
    args.uuid(entry.id()).instant(entry.at()).text(actor.userId()).name(actor.role())
        .uuid(actor.organisation().map(EntityId::value)).uuid(actor.staff().map(EntityId::value))
        .text(entry.operation()).name(entry.outcome());
  }

  @Override
  public List<AuditEntry> ofHousehold(HouseholdId household, Instant from, Instant to) {
    return ofSubject(HOUSEHOLD, Checks.required(household, "household").value(), from, to);
  }

  @Override
  public List<AuditEntry> ofPerson(PersonId person, Instant from, Instant to) {
    return ofSubject(PERSON, Checks.required(person, "person").value(), from, to);
  }

  private List<AuditEntry> ofSubject(String kind, UUID id, Instant from, Instant to) {
    session.usable();
    Checks.required(from, "from");
    Checks.required(to, "to");
    if (empty(from, to)) {
      return List.of();
    }
    String sql = SELECT + SUBJECT + " s JOIN " + ENTRY + " e ON e.id = s.entry_id" + WITH_SUBJECTS
        + " WHERE s.subject_kind = ? AND s.subject_id = ? AND s.occurred_at >= ? AND s.occurred_at < ?" + ORDER;
    return entries(tx.query("read the audit trail of a subject", sql,
        args -> args.text(kind).uuid(id).instant(clamp(from)).instant(clamp(to)), AuditRepository::line));
  }

  @Override
  public List<AuditEntry> ofActor(String userId, Instant from, Instant to) {
    session.usable();
    Checks.required(userId, "userId");
    Checks.required(from, "from");
    Checks.required(to, "to");
    if (empty(from, to)) {
      return List.of();
    }
    String sql = SELECT + ENTRY + " e" + WITH_SUBJECTS
        + " WHERE e.actor_user_id = ? AND e.occurred_at >= ? AND e.occurred_at < ?" + ORDER;
    return entries(tx.query("read the audit trail of an actor", sql,
        args -> args.text(userId).instant(clamp(from)).instant(clamp(to)), AuditRepository::line));
  }

  @Override
  public int purgeBefore(Instant before) {
    Checks.required(before, "before");
    session.writable();
    if (!before.isAfter(AuditEntry.EARLIEST)) {
      return 0;
    }
    Instant bound = clamp(before);
    tx.update("purge audit subjects", "DELETE FROM " + SUBJECT + " WHERE occurred_at < ?",
        args -> args.instant(bound));
    return tx.update("purge audit entries", "DELETE FROM " + ENTRY + " WHERE occurred_at < ?",
        args -> args.instant(bound));
  }

  /** No entry lies outside {@code [EARLIEST, END)}: an empty range, or one wholly outside, reads nothing. */
  private static boolean empty(Instant from, Instant to) {
    return !from.isBefore(to) || !from.isBefore(AuditEntry.END) || !to.isAfter(AuditEntry.EARLIEST);
  }

  /** Brings an instant within the range every database stores (entries all lie in it, so no answer changes). */
  private static Instant clamp(Instant at) {
    return at.isBefore(AuditEntry.EARLIEST) ? AuditEntry.EARLIEST : at.isAfter(AuditEntry.END) ? AuditEntry.END : at;
  }

  /** One row of {@link #SELECT}: an entry without its subjects, and the subject of the row, if any. */
  private record Line(AuditEntry entry, Optional<Subject> subject) {}

  private static Line line(Row row) throws SQLException {
    Actor actor = new Actor(row.text("actor_user_id"), row.name("actor_role", Role.class),
        row.optionalUuid("actor_organisation_id").map(OrganisationId::of),
        row.optionalUuid("actor_staff_id").map(StaffId::of));
    AuditEntry entry = new AuditEntry(row.uuid("id"), row.instant("occurred_at"), actor, row.text("operation"),
        Set.of(), Set.of(), row.name("outcome", AuditOutcome.class));
    Optional<String> kind = row.optionalText("subject_kind");
    return new Line(entry, kind.isEmpty() ? Optional.empty()
        : Optional.of(new Subject(kind.get(), row.uuid("subject_id"))));
  }

  /** Gathers the rows of each entry, in the order of the query. */
  private static List<AuditEntry> entries(List<Line> lines) {
    Map<UUID, AuditEntry> entries = new LinkedHashMap<>();
    Map<UUID, Set<HouseholdId>> households = new LinkedHashMap<>();
    Map<UUID, Set<PersonId>> persons = new LinkedHashMap<>();
    for (Line line : lines) {
      UUID id = line.entry().id();
      entries.putIfAbsent(id, line.entry());
      Set<HouseholdId> h = households.computeIfAbsent(id, k -> new HashSet<>());
      Set<PersonId> p = persons.computeIfAbsent(id, k -> new HashSet<>());
      line.subject().ifPresent(s -> {
        if (HOUSEHOLD.equals(s.kind())) {
          h.add(HouseholdId.of(s.id()));
        } else {
          p.add(PersonId.of(s.id()));
        }
      });
    }
    List<AuditEntry> result = new ArrayList<>(entries.size());
    entries.forEach((id, e) -> result.add(new AuditEntry(id, e.at(), e.actor(), e.operation(), households.get(id),
        persons.get(id), e.outcome())));
    return List.copyOf(result);
  }
}
