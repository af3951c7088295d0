package org.liens.household.application;

import java.util.Optional;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.shared.Checks;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.NotFoundException;
import org.liens.storage.Repositories;

/** Registers households and keeps their profiles up to date. Obtain it from {@code Liens#households()}. */
public final class HouseholdService {
  private final Engine engine;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   */
  public HouseholdService(Engine engine) {
    this.engine = Checks.required(engine, "engine");
  }

  /**
   * Registers a new household and returns it as stored.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param profile the household's profile
   * @return the household as stored, at version 0
   */
  public Household register(Actor actor, HouseholdProfile profile) {
    return register(actor, Optional.empty(), profile);
  }

  /**
   * Registers a household under an id of the caller's choice, so that the call can be repeated safely after an
   * {@code OUTCOME_UNKNOWN}: if this household is already stored with this very profile, it is returned as stored
   * and nothing is registered twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the household's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param profile the household's profile
   * @return the household as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another household
   */
  public Household register(Actor actor, HouseholdId id, HouseholdProfile profile) {
    return register(actor, Optional.of(Checks.required(id, "id")), profile);
  }

  private Household register(Actor actor, Optional<HouseholdId> given, HouseholdProfile profile) {
    bornByToday(profile);
    return engine.write(actor, Operation.HOUSEHOLD_REGISTER, work -> {
      work.gate().check(AccessTarget.NONE);
      Optional<Household> stored = given.flatMap(work.repositories().households()::find);
      if (stored.isPresent()) {
        if (!stored.get().profile().equals(profile)) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this household id names another household");
        }
        work.gate().concerns(stored.get().id());
        work.gate().concernsPeople(profile.personIds());
        return stored.get(); // a repeated call whose first run committed: its result, nothing done twice
      }
      Household household = work.accept(Household.register(given.orElseGet(() -> HouseholdId.of(work.newId())),
          profile));
      work.gate().concerns(household.id());
      work.gate().concernsPeople(household.profile().personIds());
      return work.repositories().households().save(household);
    });
  }

  /**
   * Replaces the profile of a household read at {@code expectedVersion}.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the household
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param profile the household's profile
   * @return the household as stored, at the next version
   * @throws ConcurrentUpdateException if the household changed since that version: reload it
   * @throws NotFoundException if there is no such household
   */
  public Household update(Actor actor, HouseholdId id, long expectedVersion, HouseholdProfile profile) {
    Checks.required(id, "id");
    bornByToday(profile);
    return engine.write(actor, Operation.HOUSEHOLD_UPDATE, work -> {
      Household current = work.gate().check(work.repositories().households().get(id), h -> target(work.repositories(), h));
      if (current.version() != expectedVersion) {
        throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE,
            "household " + id + " is at version " + current.version() + ", not " + expectedVersion);
      }
      work.gate().concernsPeople(current.profile().personIds());
      work.gate().concernsPeople(profile.personIds());
      return work.repositories().households().save(work.accept(current.update(profile)));
    });
  }

  /** Birth dates are never in the future, "today" being the day of the registration or update (injected clock). */
  private void bornByToday(HouseholdProfile profile) {
    Checks.required(profile, "profile");
    profile.children().forEach(child -> Checks.birthDate(child.birthDate(), "birthDate", engine.today()));
  }

  /**
   * {@return the household with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the household
   * @throws NotFoundException if there is none
   */
  public Household get(Actor actor, HouseholdId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.HOUSEHOLD_READ,
        (gate, repositories) -> {
          Household household = gate.check(repositories.households().get(id), h -> target(repositories, h));
          gate.concernsPeople(household.profile().personIds());
          return household;
        });
  }

  private static AccessTarget target(Repositories repositories, Household household) {
    return Targets.ofHousehold(household.id(), repositories.accompaniments().ofHousehold(household.id()));
  }
}
