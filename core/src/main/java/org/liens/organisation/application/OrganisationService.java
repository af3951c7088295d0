package org.liens.organisation.application;

import java.util.List;
import java.util.Optional;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.organisation.Organisation;
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
   * Registers a partner organisation and returns it as stored.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param siren the nine-digit SIREN
   */
  public Organisation register(
      Actor actor, String name, OrganisationKind kind, Optional<String> siren, Optional<PostalAddress> address) {
    return engine.write(actor, Operation.ORGANISATION_REGISTER, work -> {
      work.gate().check(AccessTarget.NONE);
      return work.repositories().organisations().save(
          work.accept(Organisation.register(OrganisationId.of(work.newId()), name, kind, siren, address)));
    });
  }

  /**
   * Registers a partner organisation under an id of the caller's choice, so that the call can be repeated safely
   * after an {@code OUTCOME_UNKNOWN}: if this organisation is already stored with these very name, kind, SIREN and
   * address, it is returned as stored and nothing is registered twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the organisation's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param name its name
   * @param kind its kind of partner
   * @param siren the nine-digit SIREN
   * @param address its postal address
   * @return the organisation as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another organisation
   */
  public Organisation register(Actor actor, OrganisationId id, String name, OrganisationKind kind,
      Optional<String> siren, Optional<PostalAddress> address) {
    Checks.required(id, "id");
    Change<Organisation> registered = Organisation.register(id, name, kind, siren, address);
    return engine.write(actor, Operation.ORGANISATION_REGISTER, work -> {
      work.gate().check(AccessTarget.NONE);
      Optional<Organisation> stored = work.repositories().organisations().find(id);
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
   * Registers a partner organisation known by name and kind only.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   */
  public Organisation register(Actor actor, String name, OrganisationKind kind) {
    return register(actor, name, kind, Optional.empty(), Optional.empty());
  }

  /**
   * Replaces the name, SIREN and address of an organisation read at {@code expectedVersion} (invoices print them:
   * a funder without SIREN or address cannot be invoiced).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the organisation
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param siren the nine-digit SIREN
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such organisation
   */
  public Organisation update(Actor actor, OrganisationId id, long expectedVersion, String name, Optional<String> siren,
      Optional<PostalAddress> address) {
    Checks.required(id, "id");
    return engine.write(actor, Operation.ORGANISATION_UPDATE, work -> {
      Organisation current = work.gate().check(work.repositories().organisations().get(id), o -> target(o));
      if (current.version() != expectedVersion) {
        throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE,
            "organisation " + id + " is at version " + current.version() + ", not " + expectedVersion);
      }
      return work.repositories().organisations().save(work.accept(current.update(name, siren, address)));
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
