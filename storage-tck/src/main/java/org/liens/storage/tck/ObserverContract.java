package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.observe.LiensObserver;
import org.liens.observe.UseCaseOutcome;
import org.liens.organisation.OrganisationId;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;

/**
 * Contract (observability, issue 11): on every adapter, observers are told of each use case once started and once
 * finished, in order, with the outcome the caller saw; {@link Repositories#statementCount()} is never negative and
 * never decreases within a transaction.
 */
public interface ObserverContract extends StorageFactory {

  /** The calls of a random session. */
  enum ObservedCall {
    /** Register a household. */
    REGISTER,
    /** Read the last household registered, or one that does not exist. */
    READ,
    /** Read a household that does not exist. */
    READ_MISSING,
    /** Register a household as a prescriber, who may not. */
    REGISTER_REFUSED
  }

  /**
   * Runs random calls and compares what the observers saw with what the caller saw.
   *
   * @param calls the calls, in order
   */
  @Property(tries = 12)
  @Label("observers: each use case started then finished once, in order, with the outcome the caller saw")
  default void observersSeeEachUseCaseAsTheCallerDid(@ForAll @Size(max = 6) List<ObservedCall> calls) {
    List<String> seen = new ArrayList<>();
    List<UseCaseOutcome> outcomes = new ArrayList<>();
    Liens liens = Liens.builder().storage(newStorage()).clock(new TestClock(World.START))
        .observer(new LiensObserver() {
          @Override
          public void useCaseStarted(String useCase) {
            seen.add("started " + useCase);
          }

          @Override
          public void useCaseFinished(UseCaseOutcome outcome) {
            seen.add("finished " + outcome.useCase() + " " + outcome.outcome());
            outcomes.add(outcome);
          }
        })
        .build();
    Actor prescriber = Actor.of("prescriber-1", Role.PRESCRIBER, OrganisationId.of(new UUID(0, 9)));
    List<String> expected = new ArrayList<>();
    HouseholdId last = HouseholdId.of(new UUID(5, 5));
    for (ObservedCall call : calls) {
      String useCase = call == ObservedCall.REGISTER || call == ObservedCall.REGISTER_REFUSED
          ? "household.register" : "household.read";
      String outcome;
      try {
        switch (call) {
          case REGISTER -> last = liens.households().register(World.COORDINATOR,
              TransactionContract.profile("Anne")).id();
          case READ -> liens.households().get(World.COORDINATOR, last);
          case READ_MISSING -> liens.households().get(World.COORDINATOR, HouseholdId.of(UUID.randomUUID()));
          case REGISTER_REFUSED -> liens.households().register(prescriber, TransactionContract.profile("Anne"));
        }
        outcome = UseCaseOutcome.OK;
      } catch (LiensException e) {
        outcome = e.code().name();
      }
      expected.add("started " + useCase);
      expected.add("finished " + useCase + " " + outcome);
    }

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.statements()).isNotNegative());
  }

  /**
   * Saves and finds at random in one transaction, reading the statement count after each.
   *
   * @param saves whether each step saves a new household (or looks one up)
   */
  @Property(tries = 8)
  @Label("the statement count of a transaction is never negative and never decreases")
  default void theStatementCountNeverDecreases(@ForAll @Size(max = 8) List<Boolean> saves) {
    List<Long> counts = newStorage().inTransaction((Repositories r) -> {
      List<Long> seen = new ArrayList<>();
      seen.add(r.statementCount());
      for (boolean save : saves) {
        if (save) {
          r.households().save(Household.register(HouseholdId.of(UUID.randomUUID()),
              TransactionContract.profile("Anne")).after());
        } else {
          r.households().find(HouseholdId.of(UUID.randomUUID()));
        }
        seen.add(r.statementCount());
      }
      return seen;
    });
    assertThat(counts.get(0)).isNotNegative();
    assertThat(counts).isSorted();
  }
}
