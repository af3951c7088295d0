package org.liens.accompaniment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.liens.access.AccessDeniedException;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Scope;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.staff.StaffId;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.internal.Targets;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.storage.Accompaniments;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;
import org.liens.storage.Repositories;

/**
 * The active caseload ("file active", R8): the open accompaniments, as the coordinator keeps them and as a
 * prescriber, an educator or a funder may consult their share. Each view is served by an index of the storage
 * adapter, not by a scan. Obtain it from {@code Liens#caseload()}.
 */
public final class ActiveCaseload {
  private final Engine engine;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   */
  public ActiveCaseload(Engine engine) {
    this.engine = Checks.required(engine, "engine");
  }

  /**
   * {@return the open accompaniments the actor may see: all of them for a coordinator, an educator's own for an
   * educator (filtered by the storage query, never loaded and dropped)}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   */
  public List<CaseloadEntry> all(Actor actor) {
    return view(actor, (gate, repositories) -> gate.scope() == Scope.ALL
        ? repositories.accompaniments().open()
        : repositories.accompaniments().openOfEducator(gate.actor().staff().orElseThrow(AccessDeniedException::denied)));
  }

  /**
   * {@return one page of {@link #all(Actor)}, in the caseload order (opening date, then id)}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param page which page: {@code PageRequest.first(50)}, then the page's {@code next()}
   */
  public CaseloadPage<CaseloadEntry> all(Actor actor, PageRequest page) {
    Checks.required(page, "page");
    return page(actor, page, (gate, repositories) -> gate.scope() == Scope.ALL
        ? repositories.accompaniments().open(page)
        : repositories.accompaniments().openOfEducator(
            gate.actor().staff().orElseThrow(AccessDeniedException::denied), page));
  }

  /**
   * {@return one page of {@link #ofPrescriber(Actor, OrganisationId)}, in the caseload order (opening date, then
   * id): the prescriber's first screen reads 50 entries, not its whole caseload}
   *
   * @param actor who acts: a prescriber may ask only for its own organisation
   * @param prescriber the partner organisation that prescribes (R12)
   * @param page which page: {@code PageRequest.first(50)}, then the page's {@code next()}
   * @throws org.liens.access.AccessDeniedException for another organisation's caseload
   */
  public CaseloadPage<PrescriberView> ofPrescriber(Actor actor, OrganisationId prescriber, PageRequest page) {
    Checks.required(prescriber, "prescriber");
    Checks.required(page, "page");
    LocalDate today = engine.today();
    return engine.read(actor, Operation.PRESCRIBER_CASELOAD_READ, (gate, repositories) -> {
      gate.check(AccessTarget.referredBy(prescriber));
      // the rows the screen needs, not whole accompaniments (issue 13); the same views, gate and audit entry
      List<PrescriberCaseloadRow> rows = repositories.accompaniments().prescriberCaseload(prescriber, today, page);
      return CaseloadPage.ofRows(rows, page, views(gate, rows, prescriber));
    });
  }

  /**
   * {@return one page of {@link #ofEducator(Actor, StaffId)}, in the caseload order (opening date, then id)}
   *
   * @param actor who acts: an educator may ask only for itself
   * @param educator the educator, a member of the team
   * @param page which page: {@code PageRequest.first(50)}, then the page's {@code next()}
   */
  public CaseloadPage<CaseloadEntry> ofEducator(Actor actor, StaffId educator, PageRequest page) {
    Checks.required(educator, "educator");
    Checks.required(page, "page");
    return page(actor, page, (gate, repositories) -> {
      gate.check(AccessTarget.teamOf(educator));
      return repositories.accompaniments().openOfEducator(educator, page);
    });
  }

  /**
   * {@return one page of {@link #ofFunder(Actor, OrganisationId)}, in the caseload order (opening date, then id)}
   *
   * @param actor who acts: a funder may ask only for its own organisation
   * @param funder the organisation that pays
   * @param page which page: {@code PageRequest.first(50)}, then the page's {@code next()}
   */
  public CaseloadPage<FunderView> ofFunder(Actor actor, OrganisationId funder, PageRequest page) {
    Checks.required(funder, "funder");
    Checks.required(page, "page");
    return engine.read(actor, Operation.FUNDER_CASELOAD_READ, (gate, repositories) -> {
      gate.check(AccessTarget.fundedBy(funder));
      List<Accompaniment> rows = repositories.accompaniments().openOfFunder(funder, page);
      return CaseloadPage.of(rows, page, gate.filter(rows, Targets::of).stream().map(FunderView::of).toList());
    });
  }

  /**
   * {@return the open accompaniments {@code prescriber} referred ("consultable par le prescripteur"), as prescriber
   * views: no household member, assessment, note or health data}
   *
   * @param actor who acts: a prescriber may ask only for its own organisation
   * @param prescriber the partner organisation that prescribes (R12)
   * @throws org.liens.access.AccessDeniedException for another organisation's caseload
   */
  public List<PrescriberView> ofPrescriber(Actor actor, OrganisationId prescriber) {
    Checks.required(prescriber, "prescriber");
    LocalDate today = engine.today();
    return engine.read(actor, Operation.PRESCRIBER_CASELOAD_READ, (gate, repositories) -> {
      gate.check(AccessTarget.referredBy(prescriber));
      return views(gate, repositories.accompaniments().prescriberCaseload(prescriber, today), prescriber);
    });
  }

  /**
   * {@return the open accompaniments {@code educator} is on the team of}
   *
   * @param actor who acts: an educator may ask only for itself
   * @param educator the educator who made the contact, a member of the team
   */
  public List<CaseloadEntry> ofEducator(Actor actor, StaffId educator) {
    Checks.required(educator, "educator");
    return view(actor, (gate, repositories) -> {
      gate.check(AccessTarget.teamOf(educator));
      return repositories.accompaniments().openOfEducator(educator);
    });
  }

  /**
   * {@return the open accompaniments {@code funder} pays for, as funder views: no personal data}
   *
   * @param actor who acts: a funder may ask only for its own organisation
   * @param funder the organisation that pays
   */
  public List<FunderView> ofFunder(Actor actor, OrganisationId funder) {
    Checks.required(funder, "funder");
    return engine.read(actor, Operation.FUNDER_CASELOAD_READ, (gate, repositories) -> {
      gate.check(AccessTarget.fundedBy(funder));
      return gate.filter(repositories.accompaniments().openOfFunder(funder), Targets::of).stream()
          .map(FunderView::of)
          .toList();
    });
  }

  /**
   * {@return the active accompaniments whose last day falls within the next {@code days} days, today included,
   * among those the actor may see}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param days how many days ahead; zero or more
   */
  public List<CaseloadEntry> endingWithin(Actor actor, int days) {
    Checks.notNegative(days, "days");
    LocalDate today = engine.today();
    LocalDate last = today.plusDays(days);
    return view(actor, (gate, repositories) -> {
      if (gate.scope() == Scope.ALL) {
        return repositories.accompaniments().endingBetween(today, last);
      }
      StaffId self = gate.actor().staff().orElseThrow(AccessDeniedException::denied);
      return repositories.accompaniments().openOfEducator(self).stream()
          .filter(a -> a.status() == AccompanimentStatus.ACTIVE)
          .filter(a -> a.lastDay().filter(d -> !d.isBefore(today) && !d.isAfter(last)).isPresent())
          .sorted(Accompaniments.BY_LAST_DAY)
          .toList();
    });
  }

  /** The prescriber's views of the rows the policy allows (each allowed household named in the audit entry). */
  private static List<PrescriberView> views(Gate gate, List<PrescriberCaseloadRow> rows, OrganisationId prescriber) {
    return gate.filter(rows, Targets::of).stream()
        .filter(PrescriberView::shared)
        .map(row -> PrescriberView.of(row, prescriber))
        .toList();
  }

  private CaseloadPage<CaseloadEntry> page(
      Actor actor, PageRequest page, BiFunction<Gate, Repositories, List<Accompaniment>> query) {
    LocalDate today = engine.today();
    return engine.read(actor, Operation.CASELOAD_READ, (gate, repositories) -> {
      List<Accompaniment> rows = query.apply(gate, repositories);
      return CaseloadPage.of(rows, page, gate.filter(rows, Targets::of).stream()
          .map(a -> CaseloadEntry.of(a, today)).toList());
    });
  }

  private List<CaseloadEntry> view(Actor actor, BiFunction<Gate, Repositories, List<Accompaniment>> query) {
    LocalDate today = engine.today();
    return engine.read(actor, Operation.CASELOAD_READ, (gate, repositories) ->
        gate.filter(query.apply(gate, repositories), Targets::of)).stream().map(a -> CaseloadEntry.of(a, today)).toList();
  }
}
