package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.CENTS;
import static org.liens.storage.jdbc.Codecs.NANOS;
import static org.liens.storage.jdbc.Codecs.OFFER;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Codecs.QUOTE;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.INTEGER;
import static org.liens.storage.jdbc.Columns.json;
import static org.liens.storage.jdbc.Columns.jsonList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.liens.figures.GroupAttendance;
import org.liens.figures.WorkshopAttendance;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.WorkshopSeriesStore;
import org.liens.workshop.GroupSession;
import org.liens.workshop.ImmutableWorkshopSeries.Builder;
import org.liens.workshop.Participant;
import org.liens.workshop.QuoteId;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * {@code liens_workshop_series}: the quote (unique: a quote opens at most one series), the client and the quoted
 * terms as columns, the price of a group session in cents; travel, VAT regime, participants and sessions as JSON;
 * beside them (V17) {@code liens_group_session} and {@code liens_group_attendance}, from which the attendance
 * figures are counted in SQL.
 */
final class WorkshopSeriesRepository extends AggregateTable<WorkshopSeries, WorkshopSeriesId>
    implements WorkshopSeriesStore {
  static final String TABLE = "liens_workshop_series";
  static final Columns<WorkshopSeries, Builder> MAPPING = Columns.<WorkshopSeries, Builder>of(
          WorkshopSeries::builder, Builder::build, (b, id) -> b.id(WorkshopSeriesId.of(id)), Builder::version)
      .column("quote_id", QUOTE, WorkshopSeries::quote, Builder::quote)
      .column("client_id", ORGANISATION, WorkshopSeries::client, Builder::client)
      .column("offer_code", OFFER, WorkshopSeries::offer, Builder::offer)
      .column("opened_on", DATE, WorkshopSeries::openedOn, Builder::openedOn)
      .column("group_count", INTEGER, WorkshopSeries::groups, Builder::groups)
      .column("children_quoted", INTEGER, WorkshopSeries::childrenQuoted, Builder::childrenQuoted)
      .column("children_per_group", INTEGER, WorkshopSeries::childrenPerGroup, Builder::childrenPerGroup)
      .column("sessions_per_group", INTEGER, WorkshopSeries::sessionsPerGroup, Builder::sessionsPerGroup)
      .column("session_length_nanos", NANOS, WorkshopSeries::sessionLength, Builder::sessionLength)
      .column("group_session_price_cents", CENTS, WorkshopSeries::groupSessionPrice, Builder::groupSessionPrice)
      .column("travel", json(Travel.class), WorkshopSeries::travel, Builder::travel)
      .column("vat", json(VatRegime.class), WorkshopSeries::vat, Builder::vat)
      .column("participants", jsonList(Participant.class), WorkshopSeries::participants, Builder::participants)
      .column("sessions", jsonList(GroupSession.class), WorkshopSeries::sessions, Builder::sessions);

  static final String SESSIONS = "liens_group_session";
  static final String ATTENDANCE = "liens_group_attendance";
  private static final String INSERT_SESSION = "INSERT INTO " + SESSIONS
      + " (session_id, series_id, group_no, session_day, held) VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_ATTENDANCE =
      "INSERT INTO " + ATTENDANCE + " (session_id, child_id, attended) VALUES (?, ?, ?)";
  private static final String QUOTE_TAKEN = "SELECT COUNT(*) FROM " + TABLE + " WHERE quote_id = ? AND id <> ?";

  WorkshopSeriesRepository(Session session) {
    super(session, AggregateKind.WORKSHOP_SERIES, TABLE, "w", MAPPING, WorkshopSeries::withVersion);
  }

  @Override
  public Optional<WorkshopSeries> ofQuote(QuoteId quote) {
    Checks.required(quote, "quote");
    return one("find the workshop series of a quote", "w.quote_id = ?", args -> args.uuid(quote.value()));
  }

  @Override
  public List<GroupAttendance> attendance(LocalDate from, LocalDate to) {
    Checks.date(from, "from");
    Checks.date(to, "to");
    session.usable();
    Transaction.Binder period = args -> args.integer(day(from)).integer(day(to));
    Map<List<Object>, long[]> groups = new HashMap<>();
    Map<UUID, UUID> clients = new HashMap<>();
    tx.query("count the sessions of the workshop groups", "SELECT s.series_id, w.client_id, s.group_no,"
        + " SUM(s.held) held, COUNT(*) n FROM " + SESSIONS + " s JOIN " + TABLE + " w ON w.id = s.series_id"
        + " WHERE s.session_day >= ? AND s.session_day <= ? GROUP BY s.series_id, w.client_id, s.group_no",
        period, row -> {
          UUID series = row.uuid("series_id");
          clients.put(series, row.uuid("client_id"));
          long[] counts = groups.computeIfAbsent(List.of(series, row.integer("group_no")), k -> new long[6]);
          counts[0] = row.number("held");
          counts[1] = row.number("n") - counts[0];
          return null;
        });
    tx.query("count the attendances of the workshop groups", "SELECT s.series_id, s.group_no, COUNT(*) expected,"
        + " SUM(a.attended) attended, COUNT(DISTINCT a.child_id) children,"
        + " COUNT(DISTINCT CASE WHEN a.attended = 1 THEN a.child_id END) attending FROM " + ATTENDANCE + " a JOIN "
        + SESSIONS + " s ON s.session_id = a.session_id WHERE s.held = 1 AND s.session_day >= ?"
        + " AND s.session_day <= ? GROUP BY s.series_id, s.group_no", period, row -> {
          long[] counts = groups.computeIfAbsent(List.of(row.uuid("series_id"), row.integer("group_no")),
              k -> new long[6]);
          counts[2] = row.number("children");
          counts[3] = row.number("attending");
          counts[4] = row.number("attended");
          counts[5] = row.number("expected");
          return null;
        });
    List<GroupAttendance> found = new ArrayList<>();
    groups.forEach((key, c) -> {
      UUID series = (UUID) key.get(0);
      found.add(new GroupAttendance(WorkshopSeriesId.of(series), OrganisationId.of(clients.get(series)),
          (Integer) key.get(1), (int) c[0], (int) c[1], (int) c[2], (int) c[3], (int) c[4], (int) c[5]));
    });
    found.sort(WorkshopAttendance.ORDER);
    return List.copyOf(found);
  }

  private static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  /**
   * Writes the sessions and the attendance rows the figures count (all of them again: a child enrolled later the
   * same day is expected at a session of that day recorded before).
   */
  @Override
  void writeChildren(WorkshopSeries w, boolean inserted) {
    UUID id = w.id().value();
    if (!inserted) {
      tx.update("replace the attendance of a workshop series", "DELETE FROM " + ATTENDANCE + " WHERE session_id IN"
          + " (SELECT session_id FROM " + SESSIONS + " WHERE series_id = ?)", args -> args.uuid(id));
      deleteChildren("replace the sessions of a workshop series", "series_id", id, List.of(SESSIONS));
    }
    if (w.sessions().isEmpty()) {
      return;
    }
    tx.batch("write the sessions of a workshop series", INSERT_SESSION, w.sessions(), (args, s) -> args
        .uuid(s.id()).uuid(id).integer(s.group()).integer(day(s.date())).integer(s.held() ? 1 : 0));
    List<Map.Entry<GroupSession, PersonId>> rows = new ArrayList<>();
    w.sessions().forEach(s -> w.expectedAt(s).stream().sorted(Comparator.comparing(PersonId::value))
        .forEach(c -> rows.add(Map.entry(s, c))));
    tx.batch("write the attendance of a workshop series", INSERT_ATTENDANCE, rows, (args, r) -> args
        .uuid(r.getKey().id()).uuid(r.getValue().value()).integer(r.getKey().attendedBy(r.getValue()) ? 1 : 0));
  }

  /** A quote opens at most one series. */
  @Override
  List<Unique> uniques(WorkshopSeries w) {
    return List.of(new Unique(QUOTE_TAKEN, args -> args.uuid(w.quote().value()).uuid(w.id().value()),
        "quote " + w.quote() + " already opened a workshop series"));
  }
}
