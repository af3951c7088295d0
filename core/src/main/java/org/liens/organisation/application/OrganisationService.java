package org.liens.organisation.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;

/** Registers the partner organisations that prescribe and fund (R12). Obtain it from {@code Liens#organisations()}. */
public final class OrganisationService {
  private final Engine engine;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   */
  public OrganisationService(Engine engine) {
    this.engine = Checks.required(engine, "engine");
  }

  /**
   * Registers a partner organisation known by name and kind only; it cannot be invoiced until {@link #update}
   * gives its SIREN and address.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param name its name
   * @param kind what kind of partner it is
   * @return the organisation as stored
   */
  public Organisation register(Actor actor, String name, OrganisationKind kind) {
    return registered(actor, Optional.empty(), () -> OrganisationDetails.named(name), kind);
  }

  /**
   * Registers a partner organisation under an id of the caller's choice, so that the call can be repeated safely
   * after an {@code OUTCOME_UNKNOWN}: if this organisation is already stored with these very name, kind, SIREN and
   * address, it is returned as stored and nothing is registered twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the organisation's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param details its name, and its SIREN and address when known
   * @param kind its kind of partner
   * @return the organisation as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another organisation
   */
  public Organisation register(Actor actor, OrganisationId id, OrganisationDetails details, OrganisationKind kind) {
    Checks.required(id, "id");
    return registered(actor, Optional.of(id), () -> Checks.required(details, "details"), kind);
  }

  /**
   * Registers a partner organisation with the SIREN and address an invoice prints (a funder).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param name its name
   * @param kind what kind of partner it is
   * @param siren the nine-digit SIREN
   * @param address its postal address
   * @return the organisation as stored
   */
  public Organisation register(Actor actor, String name, OrganisationKind kind, String siren, PostalAddress address) {
    return registered(actor, Optional.empty(), () -> OrganisationDetails.of(name, siren, address), kind);
  }

  /**
   * Registers a partner organisation with what is known of it ({@code OrganisationDetails.named(name).withAddress(…)}).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param details its name, and its SIREN and address when known
   * @param kind what kind of partner it is
   * @return the organisation as stored
   */
  public Organisation register(Actor actor, OrganisationDetails details, OrganisationKind kind) {
    return registered(actor, Optional.empty(), () -> Checks.required(details, "details"), kind);
  }

  /**
   * Checks the access first, then the details, as every command: a refused actor learns nothing of its input. Under
   * a caller's id, a repeat of a call that committed returns what it stored.
   */
  private Organisation registered(Actor actor, Optional<OrganisationId> callerId, Supplier<OrganisationDetails> details,
      OrganisationKind kind) {
    return engine.write(actor, Operation.ORGANISATION_REGISTER, work -> {
      work.gate().check(AccessTarget.NONE);
      OrganisationId id = callerId.orElseGet(() -> OrganisationId.of(work.newId()));
      Change<Organisation> registered = Organisation.register(id, details.get(), kind);
      Optional<Organisation> stored = callerId.flatMap(work.repositories().organisations()::find);
      if (stored.isPresent()) {
        if (!stored.get().withVersion(0).equals(registered.after())) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this organisation id names another organisation");
        }
        return stored.get(); // a repeated call whose first run committed: its result, nothing done twice
      }
      return work.repositories().organisations().save(work.accept(registered));
    });
  }

  /**
   * Replaces the name, SIREN and address of an organisation read at {@code expectedVersion} (invoices print them:
   * a funder without SIREN or address cannot be invoiced).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the organisation
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param name its name
   * @param siren the nine-digit SIREN
   * @param address its postal address
   * @return the organisation as stored
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such organisation
   */
  public Organisation update(Actor actor, OrganisationId id, long expectedVersion, String name, String siren,
      PostalAddress address) {
    return updated(actor, id, expectedVersion, () -> OrganisationDetails.of(name, siren, address));
  }

  /**
   * Replaces the details of an organisation read at {@code expectedVersion}: {@code organisation.details()
   * .withSiren(…)} changes one of them, {@code withoutAddress()} forgets one.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the organisation
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param details its name, and its SIREN and address when known
   * @return the organisation as stored
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such organisation
   */
  public Organisation update(Actor actor, OrganisationId id, long expectedVersion, OrganisationDetails details) {
    return updated(actor, id, expectedVersion, () -> Checks.required(details, "details"));
  }

  private Organisation updated(Actor actor, OrganisationId id, long expectedVersion,
      Supplier<OrganisationDetails> details) {
    Checks.required(id, "id");
    return engine.write(actor, Operation.ORGANISATION_UPDATE, work -> {
      Organisation current = work.gate().check(work.repositories().organisations().get(id), o -> target(o));
      if (current.version() != expectedVersion) {
        throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE,
            "organisation " + id + " is at version " + current.version() + ", not " + expectedVersion);
      }
      return work.repositories().organisations().save(work.accept(current.update(details.get())));
    });
  }

  /**
   * {@return the organisation with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the organisation
   * @throws NotFoundException if there is none
   */
  public Organisation get(Actor actor, OrganisationId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.ORGANISATION_READ,
        (gate, repositories) -> gate.check(repositories.organisations().get(id), o -> target(o)));
  }

  /**
   * {@return every organisation, by name}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   */
  public List<Organisation> all(Actor actor) {
    return engine.read(actor, Operation.ORGANISATION_LIST, (gate, repositories) -> {
      gate.check(AccessTarget.NONE);
      return repositories.organisations().all();
    });
  }

  private static AccessTarget target(Organisation organisation) {
    return AccessTarget.organisation(organisation.id());
  }
}
