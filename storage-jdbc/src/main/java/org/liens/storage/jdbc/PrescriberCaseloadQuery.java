package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ContactStatus;
import org.liens.catalog.OfferCode;
import org.liens.document.ActionReport;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.ReferralId;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.liens.staff.StaffId;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;
import org.liens.storage.PrescriberCaseloadRow.ContactCounts;

/**
 * The prescriber's caseload (or one page of it) as the rows its screen needs, in ONE statement (issue 13, target 3):
 * a common table expression {@code p} picks the accompaniments' narrow rows in the caseload order from the
 * prescriber's caseload index (a keyset page adds {@code (opened_on, id) > (?, ?)} and a {@code LIMIT}), and two
 * {@code UNION ALL} branches return, sorted with them, each team (part 1, from the team index) and each
 * accompaniment's home visits and remote contacts up to a date counted by the database per kind and status (part 2,
 * by the contacts' primary key): a few rows per accompaniment, not one per contact, and no consent history, planned
 * visits, DIA or E.M.T map. One statement sees one snapshot, so the parts agree.
 *
 * <p>Part 0 comes first and gives every column a value of its SQL type (PostgreSQL types a column of NULLs in the
 * first branch as text, which a uuid or a bigint of a later branch would not match); each row is read by its
 * {@code part} only. On PostgreSQL each child branch also keeps to the ids of {@code p} as an array, which only an
 * index lookup answers (see {@link CaseloadQuery}).
 */
final class PrescriberCaseloadQuery {
  private static final String OPERATION = "list the caseload rows of a prescriber";
  private static final String ROW = "a.id, a.household_id, a.referral_id, a.offer_code, a.offer, a.prescriber_id,"
      + " a.funder_id, a.status, a.opened_on, a.period_start, a.period_end, a.ended_on, a.action_report,"
      + " a.shares_with_prescriber";
  private static final String WHERE = "a.prescriber_id = ? AND a.is_open = TRUE AND a.shares_with_prescriber = TRUE";
  /** The columns of part 0 after the row's own: none NULL, each of the type the other parts give it. */
  private static final String PART_0_TAIL = "p.id AS educator_id, p.status AS kind, p.status AS contact_status,"
      + " 0 AS counted";
  private static final String NULL_ROW = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
      + " NULL, NULL";

  private static final String ALL = sql(WHERE, "", false);
  private static final String FIRST = sql(WHERE, " LIMIT ?", false);
  private static final String AFTER = sql(keyset(), " LIMIT ?", false);
  private static final String ALL_PG = sql(WHERE, "", true);
  private static final String FIRST_PG = sql(WHERE, " LIMIT ?", true);
  private static final String AFTER_PG = sql(keyset(), " LIMIT ?", true);

  private PrescriberCaseloadQuery() {}

  /** The condition of a page after a cursor: {@code opened_on >= ?} bounds the index range, the rest the day's ids. */
  private static String keyset() {
    return WHERE + " AND a.opened_on >= ? AND (a.opened_on > ? OR a.id > ?)";
  }

  private static String sql(String where, String limit, boolean byIds) {
    String row = ROW.replace("a.", "p.");
    return "WITH p AS (SELECT " + ROW + " FROM " + AccompanimentRepository.TABLE + " a WHERE " + where
        + " ORDER BY a.opened_on, a.id" + limit + ")"
        + " SELECT p.opened_on AS k_opened, p.id AS k_id, 0 AS part, 0 AS ordinal, " + row + ", " + PART_0_TAIL
        + " FROM p"
        + " UNION ALL SELECT p.opened_on, p.id, 1, t.ordinal, " + NULL_ROW + ", t.educator_id, NULL, NULL, 0 FROM p"
        + " JOIN " + AccompanimentRepository.TEAM + " t ON t.accompaniment_id = p.id"
        + (byIds ? " WHERE t.accompaniment_id = ANY (ARRAY(SELECT id FROM p))" : "")
        + " UNION ALL SELECT p.opened_on, p.id, 2, 0, " + NULL_ROW + ", NULL, c.kind, c.status, COUNT(*) FROM p"
        + " JOIN " + AccompanimentRepository.CONTACTS + " c ON c.accompaniment_id = p.id"
        + " WHERE c.contact_date <= ? AND c.kind IN ('" + ContactKind.HOME_VISIT.name() + "', '"
        + ContactKind.REMOTE_CONTACT.name() + "') AND c.status NOT IN ('" + ContactStatus.PLANNED.name() + "', '"
        + ContactStatus.CANCELLED.name() + "')"
        + (byIds ? " AND c.accompaniment_id = ANY (ARRAY(SELECT id FROM p))" : "")
        + " GROUP BY p.opened_on, p.id, c.kind, c.status"
        + " ORDER BY k_opened, k_id, part, ordinal";
  }

  /** The statement that reads {@code page} (the whole caseload when empty) on {@code dialect}; tests read its plan. */
  static String sql(Dialect dialect, Optional<PageRequest> page) {
    boolean pg = dialect == Dialect.POSTGRESQL;
    return page.isEmpty() ? (pg ? ALL_PG : ALL) : page.get().after().isEmpty() ? (pg ? FIRST_PG : FIRST)
        : (pg ? AFTER_PG : AFTER);
  }

  /**
   * Binds the statement's parameters, in their order: the prescriber, the page's cursor and size, the date.
   *
   * @param args the statement's arguments
   * @param prescriber the prescriber
   * @param asOf the date the contacts are counted up to
   * @param page the page; empty for the whole caseload
   */
  static void bind(Args args, OrganisationId prescriber, LocalDate asOf, Optional<PageRequest> page)
      throws SQLException {
    args.uuid(prescriber.value());
    if (page.isPresent()) {
      Optional<CaseloadCursor> cursor = page.get().after();
      if (cursor.isPresent()) {
        args.date(cursor.get().openedOn()).date(cursor.get().openedOn()).uuid(cursor.get().id());
      }
      args.integer(page.get().size());
    }
    args.date(asOf);
  }

  /**
   * The rows, in the caseload order.
   *
   * @param tx the transaction
   * @param prescriber the prescriber
   * @param asOf the date the contacts are counted up to, included
   * @param page the page; empty for the whole caseload
   */
  static List<PrescriberCaseloadRow> read(Transaction tx, OrganisationId prescriber, LocalDate asOf,
      Optional<PageRequest> page) {
    Assembly assembly = new Assembly(asOf);
    tx.query(OPERATION, sql(tx.dialect, page), args -> bind(args, prescriber, asOf, page), assembly::add);
    assembly.finish();
    return List.copyOf(assembly.result);
  }

  /** Builds the rows from the statement's rows, which come grouped by accompaniment, its own row first. */
  private static final class Assembly {
    private final List<PrescriberCaseloadRow> result = new ArrayList<>();
    private final LocalDate asOf;
    private final List<StaffId> team = new ArrayList<>();
    private final int[] counts = new int[4];
    private Row0 current;

    Assembly(LocalDate asOf) {
      this.asOf = asOf;
    }

    Void add(Row row) throws SQLException {
      switch ((int) row.number("part")) {
        case 0 -> {
          finish();
          current = Row0.of(row);
        }
        case 1 -> team.add(StaffId.of(row.uuid("educator_id")));
        default -> {
          int kind = row.name("kind", ContactKind.class) == ContactKind.HOME_VISIT ? 0 : 2;
          int missed = row.name("contact_status", ContactStatus.class).missed() ? 1 : 0;
          counts[kind + missed] += Math.toIntExact(row.number("counted"));
        }
      }
      return null;
    }

    void finish() {
      if (current == null) {
        return;
      }
      try {
        result.add(new PrescriberCaseloadRow(current.id, current.household, current.referral, current.offer,
            current.offerSnapshot.contactTargets(), current.status, current.openedOn, current.period,
            current.endedOn, team, current.prescriber, current.funder, current.shares,
            new ContactCounts(asOf, counts[0], counts[1], counts[2], counts[3]), current.actionReport));
      } catch (RuntimeException e) {
        throw new StorageException(ErrorCode.STORAGE_FAILURE,
            "read the caseload rows of a prescriber: the stored rows are not a valid value", e);
      }
      team.clear();
      Arrays.fill(counts, 0);
      current = null;
    }
  }

  /** The accompaniment's own columns (part 0). */
  private record Row0(AccompanimentId id, HouseholdId household, ReferralId referral, OfferCode offer,
      org.liens.catalog.Offer offerSnapshot, AccompanimentStatus status, LocalDate openedOn,
      Optional<CarePeriod> period, Optional<LocalDate> endedOn, Optional<OrganisationId> prescriber,
      OrganisationId funder, boolean shares, Optional<ActionReport> actionReport) {
    static Row0 of(Row row) throws SQLException {
      return new Row0(AccompanimentId.of(row.uuid("id")), HouseholdId.of(row.uuid("household_id")),
          ReferralId.of(row.uuid("referral_id")), OfferCode.of(row.text("offer_code")),
          AccompanimentRepository.OFFERS.read(row.text("offer")), row.name("status", AccompanimentStatus.class),
          row.date("opened_on"), AccompanimentRepository.PERIOD.reader().map(row),
          row.optionalDate("ended_on"), row.optionalUuid("prescriber_id").map(OrganisationId::of),
          OrganisationId.of(row.uuid("funder_id")), row.bool("shares_with_prescriber"),
          row.optionalJson("action_report", ActionReport.class));
    }
  }
}
