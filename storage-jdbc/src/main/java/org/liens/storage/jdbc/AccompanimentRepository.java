package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.HOUSEHOLD;
import static org.liens.storage.jdbc.Codecs.OFFER;
import static org.liens.storage.jdbc.Codecs.OPTIONAL_ACCOMPANIMENT;
import static org.liens.storage.jdbc.Codecs.OPTIONAL_AGREEMENT;
import static org.liens.storage.jdbc.Codecs.OPTIONAL_ORGANISATION;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Columns.BOOLEAN;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.ID;
import static org.liens.storage.jdbc.Columns.OPTIONAL_DATE;
import static org.liens.storage.jdbc.Columns.OPTIONAL_TEXT;
import static org.liens.storage.jdbc.Columns.TEXT;
import static org.liens.storage.jdbc.Columns.json;
import static org.liens.storage.jdbc.Columns.jsonList;
import static org.liens.storage.jdbc.Columns.name;
import static org.liens.storage.jdbc.Columns.optionalJson;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentBuilder;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ContactStatus;
import org.liens.staff.StaffId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.PlannedVisit;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.accompaniment.WorkshopSession;
import org.liens.document.ActionReport;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdId;
import org.liens.json.LiensJson;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Tariff;
import org.liens.referral.ConsentHistory;
import org.liens.referral.ReferralId;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.liens.storage.AggregateKind;
import org.liens.storage.Accompaniments;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;

/**
 * {@code liens_accompaniment} and its child tables {@code liens_accompaniment_team} (for the per-educator
 * caseload) and {@code liens_contact} (for {@link #contactsOf}); the offer snapshot, the planned visits, the
 * documents, the frozen tariff and the consent history as JSON, with {@code shares_with_prescriber} beside it for
 * the prescriber's caseload. A save writes the child rows that changed in the same transaction (see
 * {@link #writeChildren}).
 *
 * <p>The caseload lists and pages are one statement each ({@link CaseloadQuery}), in the caseload order, with the
 * offer and tariff JSON parsed once per distinct text ({@link JsonMemo}).
 *
 * <p><b>Consistent reads.</b> Elsewhere, an accompaniment is read by two statements (its row; its team and contacts, in one
 * {@code UNION ALL}). Under
 * READ COMMITTED each statement sees the data committed when it starts, so the child statements also return the
 * version of the row they joined; if a concurrent save slipped in between, the read starts again (and after a few
 * tries fails as a transient error, which re-runs the transaction).
 */
final class AccompanimentRepository extends AggregateTable<Accompaniment, AccompanimentId> implements Accompaniments {
  static final String TABLE = "liens_accompaniment";
  static final String TEAM = "liens_accompaniment_team";
  static final String CONTACTS = "liens_contact";
  /** The period: {@code period_start} and {@code period_end}, NULL until the first appointment. */
  static final Columns.Group<Optional<CarePeriod>> PERIOD = new Columns.Group<>(
      List.of("period_start", "period_end"),
      row -> {
        Optional<LocalDate> start = row.optionalDate("period_start");
        return start.isEmpty() ? Optional.empty()
            : Optional.of(new CarePeriod(start.get(), row.optionalDate("period_end")));
      },
      (args, period) -> args.date(period.map(CarePeriod::start)).date(period.flatMap(CarePeriod::endExclusive)));
  /** The offer snapshots and frozen tariffs, parsed once per distinct text (issue 13). */
  static final JsonMemo<org.liens.catalog.Offer> OFFERS = new JsonMemo<>(LiensJson::readOffer);
  private static final JsonMemo<Tariff> TARIFFS = new JsonMemo<>(text -> org.liens.json.StorageJson.read(text, Tariff.class));
  static final Columns<Accompaniment, AccompanimentBuilder> MAPPING = Columns.<Accompaniment, AccompanimentBuilder>of(
          Accompaniment::builder, AccompanimentBuilder::build, (b, id) -> b.id(AccompanimentId.of(id)),
          AccompanimentBuilder::version)
      .column("household_id", HOUSEHOLD, Accompaniment::household, AccompanimentBuilder::household)
      .column("referral_id", ID.map(ReferralId::of, ReferralId::value), Accompaniment::referral,
          AccompanimentBuilder::referral)
      .derived("offer_code", OFFER, a -> a.offer().code())
      .column("offer", TEXT.map(OFFERS::read, LiensJson::writeOffer), Accompaniment::offer,
          AccompanimentBuilder::offer)
      .column("prescriber_id", OPTIONAL_ORGANISATION, Accompaniment::prescriber, maybe(AccompanimentBuilder::prescriber, AccompanimentBuilder::clearPrescriber))
      .column("funder_id", ORGANISATION, Accompaniment::funder, AccompanimentBuilder::funder)
      .column("agreement_id", OPTIONAL_AGREEMENT, Accompaniment::agreement, maybe(AccompanimentBuilder::agreement, AccompanimentBuilder::clearAgreement))
      .column("referred_on", DATE, Accompaniment::referredOn, AccompanimentBuilder::referredOn)
      .column("opened_on", DATE, Accompaniment::openedOn, AccompanimentBuilder::openedOn)
      .column("end_date_convention", name(EndDateConvention.class), Accompaniment::endDateConvention,
          AccompanimentBuilder::endDateConvention)
      .column("status", name(AccompanimentStatus.class), Accompaniment::status, AccompanimentBuilder::status)
      .group(PERIOD, Accompaniment::period, maybe(AccompanimentBuilder::period, AccompanimentBuilder::clearPeriod))
      .derived("last_day", OPTIONAL_DATE, Accompaniment::lastDay)
      .column("planned_visits", jsonList(PlannedVisit.class), Accompaniment::plannedVisits,
          AccompanimentBuilder::plannedVisits)
      .column("support_plan", optionalJson(SupportPlan.class), Accompaniment::supportPlan,
          maybe(AccompanimentBuilder::supportPlan, AccompanimentBuilder::clearSupportPlan))
      .column("emt_map", optionalJson(EmtMap.class), Accompaniment::emtMap, maybe(AccompanimentBuilder::emtMap, AccompanimentBuilder::clearEmtMap))
      .column("action_report", optionalJson(ActionReport.class), Accompaniment::actionReport,
          maybe(AccompanimentBuilder::actionReport, AccompanimentBuilder::clearActionReport))
      .column("ended_on", OPTIONAL_DATE, Accompaniment::endedOn, maybe(AccompanimentBuilder::endedOn, AccompanimentBuilder::clearEndedOn))
      .column("cancellation_reason", OPTIONAL_TEXT, Accompaniment::cancellationReason,
          maybe(AccompanimentBuilder::cancellationReason, AccompanimentBuilder::clearCancellationReason))
      .column("exit_reason", OPTIONAL_TEXT, AccompanimentRepository::storedExitReason,
          maybe(AccompanimentBuilder::exitReason, AccompanimentBuilder::clearExitReason))
      .link("predecessor_id", OPTIONAL_ACCOMPANIMENT, Accompaniment::predecessor, maybe(AccompanimentBuilder::predecessor, AccompanimentBuilder::clearPredecessor))
      .link("successor_id", OPTIONAL_ACCOMPANIMENT, Accompaniment::successor, maybe(AccompanimentBuilder::successor, AccompanimentBuilder::clearSuccessor))
      .column("tariff", new Columns.Codec<>((row, column) -> row.optionalText(column).map(TARIFFS::read),
          optionalJson(Tariff.class).binder()), Accompaniment::tariff, maybe(AccompanimentBuilder::tariff, AccompanimentBuilder::clearTariff))
      .column("consents", json(ConsentHistory.class), Accompaniment::consents, AccompanimentBuilder::consents)
      .derived("shares_with_prescriber", BOOLEAN, Accompaniment::sharesProgressWithPrescriber)
      .derived("is_open", BOOLEAN, Accompaniment::isOpen);

  /** The exit reason a closure or a cancellation stores (issue 12); a succession's is implicit. */
  private static Optional<String> storedExitReason(Accompaniment a) {
    return a.status() == AccompanimentStatus.SUCCEEDED ? Optional.empty() : a.exitReason();
  }

  /** A setter of an optional stored value: the builder's plain setter when present, its {@code clear…} when empty. */
  private static <T> BiConsumer<AccompanimentBuilder, Optional<T>> maybe(
      BiConsumer<AccompanimentBuilder, T> set, Consumer<AccompanimentBuilder> clear) {
    return (builder, value) -> value.ifPresentOrElse(v -> set.accept(builder, v), () -> clear.accept(builder));
  }

  private static final String CONTACT_COLUMNS =
      "c.ordinal, c.id AS contact_id, c.kind, c.contact_date, c.educator_id, c.channel, c.length_nanos,"
      + " c.status AS contact_status";

  /** How many times a read starts again when a concurrent save changed the rows between its statements. */
  private static final int CONSISTENT_READ_ATTEMPTS = 5;

  AccompanimentRepository(Session session) {
    // reads its rows itself: an accompaniment is two statements (see find)
    super(session, AggregateKind.ACCOMPANIMENT, TABLE, "a", MAPPING, Accompaniment::withVersion);
  }

  // ------------------------------------------------------------------ queries

  @Override
  public Optional<Accompaniment> find(AccompanimentId id) {
    Checks.required(id, "id");
    List<Accompaniment> found = select("find accompaniment", "a.id = ?", args -> args.uuid(id.value()));
    return found.stream().findFirst();
  }

  @Override
  public List<Accompaniment> ofHousehold(HouseholdId household) {
    Checks.required(household, "household");
    return select("list accompaniments of a household", "a.household_id = ?", args -> args.uuid(household.value()));
  }

  @Override
  public List<Accompaniment> open() {
    return caseload(CaseloadQuery.OPEN, args -> {}, Optional.empty());
  }

  @Override
  public List<Accompaniment> openOfPrescriber(OrganisationId prescriber) {
    return caseload(CaseloadQuery.OF_PRESCRIBER, args -> args.uuid(Checks.required(prescriber, "prescriber").value()), Optional.empty());
  }

  @Override
  public List<Accompaniment> openOfEducator(StaffId educator) {
    return caseload(CaseloadQuery.OF_EDUCATOR, args -> args.uuid(Checks.required(educator, "educator").value()), Optional.empty());
  }

  @Override
  public List<Accompaniment> openOfFunder(OrganisationId funder) {
    return caseload(CaseloadQuery.OF_FUNDER, args -> args.uuid(Checks.required(funder, "funder").value()), Optional.empty());
  }

  @Override
  public List<Accompaniment> open(PageRequest page) {
    return caseload(CaseloadQuery.OPEN, args -> {}, Optional.of(Checks.required(page, "page")));
  }

  @Override
  public List<Accompaniment> openOfPrescriber(OrganisationId prescriber, PageRequest page) {
    Checks.required(prescriber, "prescriber");
    return caseload(CaseloadQuery.OF_PRESCRIBER, args -> args.uuid(prescriber.value()), Optional.of(Checks.required(page, "page")));
  }

  @Override
  public List<Accompaniment> openOfEducator(StaffId educator, PageRequest page) {
    Checks.required(educator, "educator");
    return caseload(CaseloadQuery.OF_EDUCATOR, args -> args.uuid(educator.value()), Optional.of(Checks.required(page, "page")));
  }

  @Override
  public List<Accompaniment> openOfFunder(OrganisationId funder, PageRequest page) {
    Checks.required(funder, "funder");
    return caseload(CaseloadQuery.OF_FUNDER, args -> args.uuid(funder.value()), Optional.of(Checks.required(page, "page")));
  }

  @Override
  public List<PrescriberCaseloadRow> prescriberCaseload(OrganisationId prescriber, LocalDate asOf) {
    return prescriberRows(prescriber, asOf, Optional.empty());
  }

  @Override
  public List<PrescriberCaseloadRow> prescriberCaseload(OrganisationId prescriber, LocalDate asOf, PageRequest page) {
    return prescriberRows(prescriber, asOf, Optional.of(Checks.required(page, "page")));
  }

  /** The prescriber's screen in one narrow statement ({@link PrescriberCaseloadQuery}): no aggregate assembled. */
  private List<PrescriberCaseloadRow> prescriberRows(OrganisationId prescriber, LocalDate asOf,
      Optional<PageRequest> page) {
    Checks.required(prescriber, "prescriber");
    Checks.required(asOf, "asOf");
    session.usable();
    return PrescriberCaseloadQuery.read(tx, prescriber, asOf, page);
  }

  /** A caseload or one of its pages, in the caseload order, in one statement; remembers the child rows read. */
  private List<Accompaniment> caseload(CaseloadQuery query, Transaction.Binder binder, Optional<PageRequest> page) {
    session.usable();
    return query.read(tx, binder, page, builder -> {
      Accompaniment read = built(builder);
      AccompanimentChildRows.remember(tx, read, read.version());
      return read;
    });
  }

  @Override
  public List<Accompaniment> endingBetween(LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    return select("list accompaniments ending between two dates",
        "a.status = '" + AccompanimentStatus.ACTIVE.name() + "' AND a.last_day BETWEEN ? AND ?",
        args -> args.date(from).date(to), BY_LAST_DAY);
  }

  @Override
  public List<Contact> contactsOf(AccompanimentId accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    session.usable();
    return List.copyOf(tx.query("list contacts", "SELECT " + CONTACT_COLUMNS + " FROM " + CONTACTS
        + " c WHERE c.accompaniment_id = ? ORDER BY c.ordinal", args -> args.uuid(accompaniment.value()),
        AccompanimentRepository::contact));
  }

  /** The accompaniments matching {@code where} (on alias {@code a}), whole, in the in-memory order. */
  private List<Accompaniment> select(String operation, String where, Transaction.Binder binder) {
    return select(operation, where, binder, BY_OPENING);
  }

  private List<Accompaniment> select(
      String operation, String where, Transaction.Binder binder, Comparator<Accompaniment> order) {
    session.usable();
    for (int attempt = 1; ; attempt++) {
      List<Main> rows = tx.query(operation, select("a") + " WHERE " + where + " ORDER BY a.opened_on", binder,
          AccompanimentRepository::main);
      if (rows.isEmpty()) {
        return List.of();
      }
      ChildRowsRead<StaffId> team = new ChildRowsRead<>();
      ChildRowsRead<Contact> contacts = new ChildRowsRead<>();
      tx.query(operation, "SELECT a.id AS aggregate_id, a.version AS aggregate_version, 0 AS part, t.ordinal,"
              + " NULL AS contact_id, NULL AS kind, NULL AS contact_date, t.educator_id, NULL AS channel,"
              + " NULL AS length_nanos, NULL AS contact_status FROM " + TABLE + " a LEFT JOIN " + TEAM
              + " t ON t.accompaniment_id = a.id"
              + " WHERE " + where + " UNION ALL SELECT a.id, a.version, 1, " + CONTACT_COLUMNS + " FROM " + TABLE
              + " a JOIN " + CONTACTS + " c ON c.accompaniment_id = a.id WHERE " + where
              + " ORDER BY aggregate_id, part, ordinal", args -> {
            binder.bind(args);
            binder.bind(args);
          },
          row -> row.number("part") == 0
              ? team.add(row, row.optionalUuid("educator_id").map(StaffId::of))
              : contacts.add(row, Optional.of(contact(row))));
      if (rows.stream().allMatch(m -> team.sameVersion(m.id(), m.version()) && contacts.sameVersion(m.id(), m.version(), team))) {
        List<Accompaniment> result = new ArrayList<>(rows.size());
        for (Main m : rows) {
          Accompaniment read = built(m.builder().team(team.of(m.id())).contacts(contacts.of(m.id())));
          AccompanimentChildRows.remember(tx, read, read.version());
          result.add(read);
        }
        result.sort(order);
        return List.copyOf(result);
      }
      if (attempt == CONSISTENT_READ_ATTEMPTS) {
        throw new StorageException(ErrorCode.STORAGE_FAILURE, operation + ": concurrent saves kept changing the rows",
            new SQLTransientException("accompaniment changed between the statements of one read", "40001"));
      }
    }
  }

  /** The row of an accompaniment, without its child rows. */
  private record Main(UUID id, long version, AccompanimentBuilder builder) {}

  private Accompaniment built(AccompanimentBuilder builder) {
    try {
      return builder.build();
    } catch (RuntimeException e) {
      throw new StorageException(ErrorCode.STORAGE_FAILURE, "read accompaniment: the stored rows are not a valid value", e);
    }
  }

  private static Main main(Row row) throws SQLException {
    return new Main(row.uuid("id"), row.number("version"), MAPPING.fill(row));
  }

  static Contact contact(Row row) throws SQLException {
    ContactId id = ContactId.of(row.uuid("contact_id"));
    LocalDate date = row.date("contact_date");
    StaffId educator = StaffId.of(row.uuid("educator_id"));
    ContactStatus status = row.name("contact_status", ContactStatus.class);
    return switch (row.name("kind", ContactKind.class)) {
      case HOME_VISIT -> new HomeVisit(id, date, educator, status);
      case REMOTE_CONTACT -> new RemoteContact(id, date, educator, row.name("channel", RemoteChannel.class), status);
      case WORKSHOP_SESSION ->
          new WorkshopSession(id, date, educator, Duration.ofNanos(row.number("length_nanos")), status);
    };
  }

  // ------------------------------------------------------------------ writes

  /** Writes only the team and contact rows that changed (see {@link AccompanimentChildRows#write}). */
  @Override
  void writeChildren(Accompaniment accompaniment, boolean inserted) {
    AccompanimentChildRows.write(tx, accompaniment, inserted);
  }
}
