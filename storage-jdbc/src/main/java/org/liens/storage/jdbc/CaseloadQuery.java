package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentBuilder;
import org.liens.accompaniment.Contact;
import org.liens.staff.StaffId;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;

/**
 * A caseload (or one page of it) read whole in ONE statement (issue 13): a common table expression {@code p} picks
 * the accompaniments' rows in the caseload order (opening date, then id; a keyset page adds
 * {@code (opened_on, id) > (?, ?)} and a {@code LIMIT}) from the caseload indexes of migration V8, and three
 * {@code UNION ALL} branches return, sorted together, each row (part 0), its team (part 1, from the team index alone)
 * and its contacts (part 2, by the contacts' primary key). One statement sees one snapshot, so the parts agree
 * without the version check of a read in two statements.
 *
 * <p>The branches share one column list: a branch sets the columns of its own part and NULL or a value of the same
 * SQL type in the others (PostgreSQL types a column of NULLs in the first branches as text, which a uuid, a date or
 * a bigint of a later branch would not match); each row is read by its {@code part} only.
 */
final class CaseloadQuery {
  /** The caseload statements, each one statement per list or page (see {@link CaseloadQuery}), V8's indexes. */
  static final CaseloadQuery OPEN = new CaseloadQuery("list the active caseload", AccompanimentRepository.TABLE + " a",
      "a.is_open = TRUE", AccompanimentRepository.MAPPING.names());
  static final CaseloadQuery OF_PRESCRIBER = new CaseloadQuery("list the caseload of a prescriber", AccompanimentRepository.TABLE + " a",
      "a.prescriber_id = ? AND a.is_open = TRUE AND a.shares_with_prescriber = TRUE", AccompanimentRepository.MAPPING.names());
  static final CaseloadQuery OF_EDUCATOR = new CaseloadQuery("list the caseload of an educator", AccompanimentRepository.TABLE + " a JOIN "
      + AccompanimentRepository.TEAM + " m ON m.accompaniment_id = a.id", "m.educator_id = ? AND a.is_open = TRUE", AccompanimentRepository.MAPPING.names());
  static final CaseloadQuery OF_FUNDER = new CaseloadQuery("list the caseload of a funder", AccompanimentRepository.TABLE + " a",
      "a.funder_id = ? AND a.is_open = TRUE", AccompanimentRepository.MAPPING.names());

  /** The statement of the whole caseload, of a first page, of a page after a cursor; then PostgreSQL's. */
  private final String all;
  private final String first;
  private final String after;
  private final String allPg;
  private final String firstPg;
  private final String afterPg;
  private final String operation;

  /**
   * @param operation what the statement does, for its error messages
   * @param from the FROM clause of the rows, with the accompaniment aliased {@code a}
   * @param where the condition on those rows
   * @param columns every column of the row but id and version ({@link Columns#names()})
   */
  CaseloadQuery(String operation, String from, String where, List<String> columns) {
    this.operation = operation;
    // opened_on >= ? bounds the index range; the rest skips the rows of that day up to the cursor's id
    String keyset = where + " AND a.opened_on >= ? AND (a.opened_on > ? OR a.id > ?)";
    this.all = sql(from, where, "", columns, false);
    this.first = sql(from, where, " LIMIT ?", columns, false);
    this.after = sql(from, keyset, " LIMIT ?", columns, false);
    this.allPg = sql(from, where, "", columns, true);
    this.firstPg = sql(from, where, " LIMIT ?", columns, true);
    this.afterPg = sql(from, keyset, " LIMIT ?", columns, true);
  }

  /**
   * The statement; {@code byIds} (PostgreSQL) adds to each child branch the condition that its rows belong to the
   * ids of {@code p} as an array, which only an index lookup answers: without it, PostgreSQL may join the team (or
   * contacts) table by hashing the whole of it (the measure: the team statement scanned the whole table).
   */
  private static String sql(String from, String where, String limit, List<String> columns, boolean byIds) {
    String main = columns.stream().map(c -> "a." + c).collect(Collectors.joining(", "));
    String own = columns.stream().map(c -> "p." + c).collect(Collectors.joining(", "));
    String nulls = columns.stream().map(c -> "NULL").collect(Collectors.joining(", "));
    return "WITH p AS (SELECT a.id, a.version, " + main + " FROM " + from + " WHERE " + where
        + " ORDER BY a.opened_on, a.id" + limit + ")"
        + " SELECT p.opened_on AS k_opened, p.id AS k_id, 0 AS part, 0 AS ordinal, p.id, p.version, " + own
        + ", p.id AS contact_id, p.status AS kind, p.opened_on AS contact_date, p.id AS educator_id,"
        + " p.status AS channel, p.version AS length_nanos, p.status AS contact_status FROM p"
        + " UNION ALL SELECT p.opened_on, p.id, 1, t.ordinal, NULL, NULL, " + nulls
        + ", NULL, NULL, NULL, t.educator_id, NULL, NULL, NULL FROM p JOIN " + AccompanimentRepository.TEAM
        + " t ON t.accompaniment_id = p.id" + (byIds ? " WHERE t.accompaniment_id = ANY (ARRAY(SELECT id FROM p))" : "")
        + " UNION ALL SELECT p.opened_on, p.id, 2, c.ordinal, NULL, NULL, " + nulls
        + ", c.id, c.kind, c.contact_date, c.educator_id, c.channel, c.length_nanos, c.status FROM p JOIN "
        + AccompanimentRepository.CONTACTS + " c ON c.accompaniment_id = p.id"
        + (byIds ? " WHERE c.accompaniment_id = ANY (ARRAY(SELECT id FROM p))" : "")
        + " ORDER BY k_opened, k_id, part, ordinal";
  }

  /** The statement that reads {@code page} (the whole caseload when empty) on {@code dialect}; tests read its plan. */
  String sql(Dialect dialect, Optional<PageRequest> page) {
    boolean pg = dialect == Dialect.POSTGRESQL;
    return page.isEmpty() ? (pg ? allPg : all) : page.get().after().isEmpty() ? (pg ? firstPg : first)
        : (pg ? afterPg : after);
  }

  /**
   * The accompaniments, in the caseload order.
   *
   * @param tx the transaction
   * @param binder binds the parameters of {@code where}
   * @param page the page; empty for the whole caseload
   * @param build builds an accompaniment from its builder, checking its invariants
   */
  List<Accompaniment> read(Transaction tx, Transaction.Binder binder, Optional<PageRequest> page,
      Function<AccompanimentBuilder, Accompaniment> build) {
    List<Accompaniment> result = new ArrayList<>();
    Assembly assembly = new Assembly(result, build);
    tx.query(operation, sql(tx.dialect, page), args -> {
      binder.bind(args);
      if (page.isPresent()) {
        Optional<CaseloadCursor> cursor = page.get().after();
        if (cursor.isPresent()) {
          args.date(cursor.get().openedOn()).date(cursor.get().openedOn()).uuid(cursor.get().id());
        }
        args.integer(page.get().size());
      }
    }, assembly::add);
    assembly.finish();
    return List.copyOf(result);
  }

  /** Builds the accompaniments from the rows, which come grouped by accompaniment, its row first. */
  private static final class Assembly {
    private final List<Accompaniment> result;
    private final Function<AccompanimentBuilder, Accompaniment> build;
    private AccompanimentBuilder current;
    private final List<StaffId> team = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();

    Assembly(List<Accompaniment> result, Function<AccompanimentBuilder, Accompaniment> build) {
      this.result = result;
      this.build = build;
    }

    Void add(Row row) throws SQLException {
      switch ((int) row.number("part")) {
        case 0 -> {
          finish();
          current = AccompanimentRepository.MAPPING.fill(row);
        }
        case 1 -> team.add(StaffId.of(row.uuid("educator_id")));
        default -> contacts.add(AccompanimentRepository.contact(row));
      }
      return null;
    }

    void finish() {
      if (current != null) {
        result.add(build.apply(current.team(List.copyOf(team)).contacts(List.copyOf(contacts))));
        team.clear();
        contacts.clear();
        current = null;
      }
    }
  }
}
