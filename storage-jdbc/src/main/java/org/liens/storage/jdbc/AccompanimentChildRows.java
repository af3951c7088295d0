package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.AccompanimentRepository.CONTACTS;
import static org.liens.storage.jdbc.AccompanimentRepository.TEAM;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.RemoteContact;
import org.liens.accompaniment.WorkshopSession;
import org.liens.staff.StaffId;

/**
 * The child rows of an accompaniment, {@code liens_accompaniment_team} and {@code liens_contact}: how a save writes
 * only those that changed, and how a bulk import inserts them.
 */
final class AccompanimentChildRows {
  static final List<String> TEAM_COLUMNS = List.of("accompaniment_id", "ordinal", "educator_id");
  static final List<String> CONTACT_COLUMNS = List.of(
      "accompaniment_id", "ordinal", "id", "kind", "contact_date", "educator_id", "channel", "length_nanos", "status");
  static final String INSERT_TEAM =
      "INSERT INTO " + TEAM + " (accompaniment_id, ordinal, educator_id) VALUES (?, ?, ?)";
  static final String INSERT_CONTACT = "INSERT INTO " + CONTACTS + " (" + String.join(", ", CONTACT_COLUMNS) + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private AccompanimentChildRows() {}

  /**
   * The team and contacts an accompaniment had at {@code version}, as read or written in this transaction.
   *
   * @param version the version of the accompaniment's row these child rows belong to
   * @param team its team, in order
   * @param contacts its contacts, in order
   */
  record StoredChildren(long version, List<StaffId> team, List<Contact> contacts) {}

  /**
   * Writes only what changed in the team and the contacts since the version this save was based on, when this
   * transaction read or wrote that version (the row's UPDATE, which matched that version, proves they are still
   * the stored rows): the rows of the common prefix stay, the rows after it are deleted (one statement, none when
   * the list only grew) and the new ones inserted. Appending a contact is thus one INSERT whatever the number of
   * contacts. Without such a snapshot, the child rows are replaced.
   */
  static void write(Transaction tx, Accompaniment accompaniment, boolean inserted) {
    UUID id = accompaniment.id().value();
    StoredChildren before = inserted ? new StoredChildren(0, List.of(), List.of())
        : tx.accompanimentChildren.get(id);
    if (before != null && before.version() == accompaniment.version()) {
      int team = unchanged(before.team(), accompaniment.team());
      int contacts = unchanged(before.contacts(), accompaniment.contacts());
      deleteFrom(tx, TEAM, id, team, before.team().size());
      deleteFrom(tx, CONTACTS, id, contacts, before.contacts().size());
      insertChildren(tx, id, accompaniment, team, contacts);
    } else {
      for (String table : List.of(TEAM, CONTACTS)) {
        tx.update("replace the team and the contacts", "DELETE FROM " + table + " WHERE accompaniment_id = ?",
            args -> args.uuid(id));
      }
      insertChildren(tx, id, accompaniment, 0, 0);
    }
    remember(tx, accompaniment, accompaniment.version() + 1);
  }

  /** Records the team and contacts of {@code accompaniment} as stored at {@code version} in this transaction. */
  static void remember(Transaction tx, Accompaniment accompaniment, long version) {
    tx.accompanimentChildren.put(accompaniment.id().value(),
        new StoredChildren(version, accompaniment.team(), accompaniment.contacts()));
  }

  /** The length of the common prefix of the stored and the new list. */
  private static <T> int unchanged(List<T> stored, List<T> now) {
    int n = Math.min(stored.size(), now.size());
    int i = 0;
    while (i < n && stored.get(i).equals(now.get(i))) {
      i++;
    }
    return i;
  }

  /** Deletes the child rows from ordinal {@code from} on, if there are any ({@code size} stored). */
  private static void deleteFrom(Transaction tx, String table, UUID id, int from, int size) {
    if (from < size) {
      tx.update("delete the changed child rows", "DELETE FROM " + table + " WHERE accompaniment_id = ? AND ordinal >= ?",
          args -> args.uuid(id).number(from));
    }
  }

  /** Inserts the team rows from ordinal {@code team} on and the contact rows from ordinal {@code contacts} on. */
  private static void insertChildren(Transaction tx, UUID id, Accompaniment a, int team, int contacts) {
    List<Child<StaffId>> members = new ArrayList<>();
    for (int i = team; i < a.team().size(); i++) {
      members.add(new Child<>(id, i, a.team().get(i)));
    }
    List<Child<Contact>> rows = new ArrayList<>();
    for (int i = contacts; i < a.contacts().size(); i++) {
      rows.add(new Child<>(id, i, a.contacts().get(i)));
    }
    tx.batch("insert the team", INSERT_TEAM, members,
        (args, member) -> args.uuid(member.parent()).number(member.ordinal()).uuid(member.value().value()));
    tx.batch("insert the contacts", INSERT_CONTACT, rows, AccompanimentChildRows::bindContact);
  }

  /**
   * Inserts the team and contact rows of these accompaniments for a bulk import: multi-row INSERTs, or a
   * {@code COPY} of each table if {@code copy} ({@link BulkImport#insertRows}).
   */
  static void insertChildren(Transaction tx, Collection<Accompaniment> accompaniments, boolean copy) {
    List<Child<StaffId>> team = new ArrayList<>();
    List<Child<Contact>> contacts = new ArrayList<>();
    for (Accompaniment a : accompaniments) {
      for (int i = 0; i < a.team().size(); i++) {
        team.add(new Child<>(a.id().value(), i, a.team().get(i)));
      }
      for (int i = 0; i < a.contacts().size(); i++) {
        contacts.add(new Child<>(a.id().value(), i, a.contacts().get(i)));
      }
    }
    BulkImport.insertRows(tx, copy, "import the teams", TEAM, TEAM_COLUMNS, team,
        (args, member) -> args.uuid(member.parent()).number(member.ordinal()).uuid(member.value().value()), n -> { });
    BulkImport.insertRows(tx, copy, "import the contacts", CONTACTS, CONTACT_COLUMNS, contacts,
        AccompanimentChildRows::bindContact, n -> { });
  }

  private record Child<V>(UUID parent, int ordinal, V value) {}

  private static void bindContact(Args args, Child<Contact> row) throws SQLException {
    Contact c = row.value();
    args.uuid(row.parent()).number(row.ordinal()).uuid(c.id().value()).name(c.kind()).date(c.date())
        .uuid(c.educator().value());
    if (c instanceof RemoteContact remote) {
      args.name(remote.channel());
    } else {
      args.name(null);
    }
    args.number(c instanceof WorkshopSession session ? Optional.of(session.length().toNanos()) : Optional.empty());
    args.name(c.status());
  }
}
