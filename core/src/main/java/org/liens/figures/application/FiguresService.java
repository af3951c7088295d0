package org.liens.figures.application;

import java.time.Instant;
import java.time.LocalDate;
import org.liens.access.AccessDeniedException;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Scope;
import org.liens.catalog.Catalog;
import org.liens.figures.FigureFilters;
import org.liens.figures.FigureQuery;
import org.liens.figures.FigureReports;
import org.liens.figures.FigureRequest;
import org.liens.figures.FiguresDiff;
import org.liens.figures.FiguresReport;
import org.liens.figures.OrientationFigures;
import org.liens.figures.Suppression;
import org.liens.figures.WorkshopAttendance;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * The published figures (R11, issue 12): the activity report of a period, computed by the storage from the figure
 * facts, narrowed and suppressed by who asks. Coordinators and administrators see every figure of the organisation,
 * unsuppressed unless they ask for a publishable report; a funder sees only the files it pays for, a prescriber only
 * the files it referred, always suppressed. A report holds counts, shares and days, never personal data; each read
 * is audited ({@code figures.read}). Obtain it from {@code Liens#figures()}.
 */
public final class FiguresService {
  private final Engine engine;
  private final Catalog catalog;
  private final int threshold;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param catalog the catalogue: its offers and exit reasons lay the report out
   * @param threshold the smallest count a suppressed report shows, at least {@link Suppression#MIN_THRESHOLD}
   */
  public FiguresService(Engine engine, Catalog catalog, int threshold) {
    this.engine = Checks.required(engine, "engine");
    this.catalog = Checks.required(catalog, "catalog");
    Checks.check(threshold >= Suppression.MIN_THRESHOLD, "threshold: at least " + Suppression.MIN_THRESHOLD);
    this.threshold = threshold;
  }

  /** {@return the smallest count a suppressed report shows} */
  public int threshold() {
    return threshold;
  }

  /**
   * {@return the report asked for, as the actor may see it}
   *
   * @param actor who asks: a coordinator or an administrator (everything), a funder (its files), a prescriber (its
   *     referrals)
   * @param request the period, the filters, the knowledge instant, whether publishable
   * @throws AccessDeniedException for a role without figures, or filters naming another funder or prescriber
   */
  public FiguresReport report(Actor actor, FigureRequest request) {
    Checks.required(request, "request");
    Instant now = engine.clock().instant();
    return engine.read(actor, Operation.FIGURES_READ, (gate, repositories) -> {
      FigureFilters filters = narrowed(gate, request.filters());
      Instant knownAt = request.knownAt().filter(k -> k.isBefore(now)).orElse(now);
      FigureQuery query = new FigureQuery(request.from(), request.to(), filters, knownAt);
      boolean suppressed = request.publishable() || gate.scope() != Scope.ALL;
      return FigureReports.of(query, repositories.figureFacts().count(query), catalog, suppressed, threshold);
    });
  }

  /**
   * {@return the orientations to partner actions proposed in {@code [from, to)}, by where they stand today and by
   * outcome (issue 16), counted by the storage ({@link org.liens.storage.Orientations#tally})} Organisation-wide
   * figures: coordinators and administrators only, unsuppressed unless {@code publishable}; a funder or a prescriber,
   * whose figures are narrowed to their own files, is refused (orientations are not yet narrowed).
   *
   * @param actor who asks
   * @param from the first day of the period
   * @param to the day after its last
   * @param publishable whether small counts are hidden
   * @throws AccessDeniedException for a role without figures or with narrowed figures
   */
  public OrientationFigures orientations(Actor actor, LocalDate from, LocalDate to, boolean publishable) {
    Checks.date(from, "from");
    Checks.date(to, "to");
    LocalDate today = engine.today();
    return engine.read(actor, Operation.FIGURES_READ, (gate, repositories) -> {
      if (gate.scope() != Scope.ALL) {
        throw AccessDeniedException.denied();
      }
      gate.check(AccessTarget.NONE);
      Checks.check(from.isBefore(to), "from must come before to");
      return OrientationFigures.of(from, to, today, repositories.orientations().tally(from, to, today), publishable,
          threshold);
    });
  }

  /**
   * {@return what changed in the report of {@code request} between two knowledge instants}
   *
   * @param actor who asks, as for {@link #report}
   * @param request the period, the filters, whether publishable; its knowledge instant is ignored
   * @param before the earlier knowledge instant
   * @param after the later knowledge instant
   * @throws AccessDeniedException as {@link #report} does
   */
  public FiguresDiff diff(Actor actor, FigureRequest request, Instant before, Instant after) {
    Checks.requiredAll("request, before, after", request, before, after);
    FiguresReport earlier = report(actor, request.asKnownAt(before));
    FiguresReport later = report(actor, request.asKnownAt(after));
    return FiguresDiff.between(earlier, later);
  }

  /**
   * {@return the attendance of the ARCS workshop groups with a session dated from {@code from} to {@code to} (issue
   * 14): per group the sessions held and not held, the children expected and attending, the attendances and the
   * rate, with the totals and the average rate per group; counted by the storage}
   *
   * @param actor who asks: a coordinator or an administrator (every group), a funder (the series it ordered); a
   *     prescriber orders no workshop and gets none
   * @param from the first day of the period
   * @param to the last day of the period, included
   * @throws AccessDeniedException for a role without figures
   */
  public WorkshopAttendance workshopAttendance(Actor actor, LocalDate from, LocalDate to) {
    Checks.date(from, "from");
    Checks.date(to, "to");
    Checks.check(!to.isBefore(from), "to: on or after from");
    return engine.read(actor, Operation.FIGURES_READ, (gate, repositories) -> new WorkshopAttendance(from, to,
        gate.filter(repositories.workshopSeries().attendance(from, to), g -> AccessTarget.fundedBy(g.client()))));
  }

  /** The filters an actor may ask for: a funder's or a prescriber's own files only, whatever it names. */
  private static FigureFilters narrowed(Gate gate, FigureFilters asked) {
    Scope scope = gate.scope();
    if (scope == Scope.ALL) {
      gate.check(AccessTarget.NONE);
      return asked;
    }
    OrganisationId own = gate.actor().organisation().orElseThrow(AccessDeniedException::denied);
    if (scope == Scope.FUNDED) {
      gate.check(AccessTarget.fundedBy(asked.funder().orElse(own)));
      return asked.withFunder(own);
    }
    if (scope == Scope.REFERRED) {
      gate.check(AccessTarget.referredBy(asked.prescriber().orElse(own)));
      return asked.withPrescriber(own);
    }
    throw AccessDeniedException.denied();
  }
}
