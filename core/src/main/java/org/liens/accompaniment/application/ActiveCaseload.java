package org.liens.accompaniment.application;

import java.util.List;
import java.util.function.Function;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.internal.Engine;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
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
   * {@return every open accompaniment (the coordinator's view)}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   */
  public List<CaseloadEntry> all(Actor actor) {
    return view(actor, repositories -> repositories.accompaniments().open());
  }

  /**
   * {@return the open accompaniments {@code prescriber} referred ("consultable par le prescripteur")}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param prescriber the partner organisation that prescribes (R12)
   */
  public List<CaseloadEntry> ofPrescriber(Actor actor, OrganisationId prescriber) {
    Checks.required(prescriber, "prescriber");
    return view(actor, repositories -> repositories.accompaniments().openOfPrescriber(prescriber));
  }

  /**
   * {@return the open accompaniments {@code educator} is on the team of}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param educator the educator who made the contact, a member of the team
   */
  public List<CaseloadEntry> ofEducator(Actor actor, StaffId educator) {
    Checks.required(educator, "educator");
    return view(actor, repositories -> repositories.accompaniments().openOfEducator(educator));
  }

  /**
   * {@return the open accompaniments {@code funder} pays for}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param funder the organisation that pays
   */
  public List<CaseloadEntry> ofFunder(Actor actor, OrganisationId funder) {
    Checks.required(funder, "funder");
    return view(actor, repositories -> repositories.accompaniments().openOfFunder(funder));
  }

  /**
   * {@return the active accompaniments whose last day falls within the next {@code days} days, today included}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param days how many days ahead; zero or more
   */
  public List<CaseloadEntry> endingWithin(Actor actor, int days) {
    Checks.notNegative(days, "days");
    var today = engine.today();
    return view(actor, repositories -> repositories.accompaniments().endingBetween(today, today.plusDays(days)));
  }

  private List<CaseloadEntry> view(Actor actor, Function<Repositories, List<Accompaniment>> query) {
    var today = engine.today();
    return engine.read(actor, query).stream().map(a -> CaseloadEntry.of(a, today)).toList();
  }
}
