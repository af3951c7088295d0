package org.liens.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.liens.Liens;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.household.Child;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.SchoolGrade;
import org.liens.shared.ErrorCode;
import org.liens.shared.NotFoundException;
import org.liens.shared.PersonName;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.TestClock;

/** The observer SPI as the engine drives it: started, finished with outcome, refusals by code, failing observers. */
class LiensObserverTest {
  private static final Actor COORDINATOR = Actor.of("u-coord", Role.COORDINATOR);
  private static final Actor PRESCRIBER = Actor.of("u-presc", Role.PRESCRIBER, org.liens.organisation.OrganisationId
      .of(new UUID(0, 7)));

  /** Records what it is told, as text: "started x", "finished x OUTCOME". */
  static final class Recorder implements LiensObserver {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<UseCaseOutcome> outcomes = new CopyOnWriteArrayList<>();

    @Override
    public void useCaseStarted(String useCase) {
      calls.add("started " + useCase);
    }

    @Override
    public void useCaseFinished(UseCaseOutcome outcome) {
      calls.add("finished " + outcome.useCase() + " " + outcome.outcome());
      outcomes.add(outcome);
    }
  }

  private static Liens liens(LiensObserver... observers) {
    Liens.Builder builder = Liens.builder().storage(new InMemoryStorage())
        .clock(new TestClock(LocalDate.of(2025, 3, 1)));
    for (LiensObserver observer : observers) {
      builder.observer(observer);
    }
    return builder.build();
  }

  private static HouseholdProfile family() {
    return HouseholdProfile.builder()
        .parent(Parent.named("Anne", "Martin"))
        .singleParent(true)
        .child(Child.of(PersonName.of("Léo", "Martin"), LocalDate.of(2014, 3, 2), SchoolGrade.CE2))
        .employment(EmploymentSituation.RSA)
        .belowPovertyLine(true)
        .build();
  }

  @Example
  @Label("a write and a read are reported started then finished OK, named by their operation code")
  void useCasesAreStartedThenFinished() {
    Recorder recorder = new Recorder();
    Liens liens = liens(recorder);
    Household household = liens.households().register(COORDINATOR, family());
    liens.households().get(COORDINATOR, household.id());

    assertThat(recorder.calls).containsExactly("started household.register", "finished household.register OK",
        "started household.read", "finished household.read OK");
    assertThat(recorder.outcomes).allSatisfy(outcome -> {
      assertThat(outcome.ok()).isTrue();
      assertThat(outcome.errorCode()).isEmpty();
      assertThat(outcome.duration().isNegative()).isFalse();
      assertThat(outcome.statements()).isZero(); // the in-memory adapter does not count
    });
  }

  @Example
  @Label("a refusal is reported with its error code: ACCESS_DENIED for an operation not granted, NOT_FOUND")
  void refusalsCarryTheirCode() {
    Recorder recorder = new Recorder();
    Liens liens = liens(recorder);
    assertThatThrownBy(() -> liens.households().register(PRESCRIBER, family()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> liens.households().get(COORDINATOR, HouseholdId.of(new UUID(4, 4))))
        .isInstanceOf(NotFoundException.class);

    assertThat(recorder.calls).containsExactly("started household.register", "finished household.register ACCESS_DENIED",
        "started household.read", "finished household.read NOT_FOUND");
    assertThat(recorder.outcomes).extracting(UseCaseOutcome::errorCode)
        .containsExactly(java.util.Optional.of(ErrorCode.ACCESS_DENIED), java.util.Optional.of(ErrorCode.NOT_FOUND));
  }

  @Example
  @Label("an exception that is not a LiensException is reported as UNEXPECTED and propagates unchanged")
  void unexpectedFailuresAreReported() {
    Recorder recorder = new Recorder();
    IllegalStateException boom = new IllegalStateException("host listener failed");
    Liens liens = Liens.builder().storage(new InMemoryStorage()).clock(new TestClock(LocalDate.of(2025, 3, 1)))
        .observer(recorder)
        .accessPolicy(org.liens.access.AccessPolicy.standard().restrictedBy(Role.COORDINATOR,
            org.liens.access.Operation.HOUSEHOLD_REGISTER, (actor, target) -> {
              throw boom;
            }))
        .build();
    assertThatThrownBy(() -> liens.households().register(COORDINATOR, family())).isSameAs(boom);
    assertThat(recorder.calls).containsExactly("started household.register",
        "finished household.register UNEXPECTED");
  }

  @Example
  @Label("an observer that throws neither breaks the use case nor keeps the next observer from being told")
  void aFailingObserverIsSkipped() {
    LiensObserver failing = new LiensObserver() {
      @Override
      public void useCaseStarted(String useCase) {
        throw new IllegalStateException("observer bug");
      }

      @Override
      public void useCaseFinished(UseCaseOutcome outcome) {
        throw new IllegalStateException("observer bug");
      }
    };
    Recorder recorder = new Recorder();
    Liens liens = liens(failing, recorder);
    Household household = liens.households().register(COORDINATOR, family());

    assertThat(liens.households().get(COORDINATOR, household.id())).isEqualTo(household);
    assertThat(recorder.calls).containsExactly("started household.register", "finished household.register OK",
        "started household.read", "finished household.read OK");
  }

  @Example
  @Label("an observer with only the defaults changes nothing; outcomes never carry personal data")
  void outcomesCarryNoPersonalData() {
    Recorder recorder = new Recorder();
    Liens liens = liens(new LiensObserver() { }, recorder);
    Household household = liens.households().register(COORDINATOR, family());
    liens.households().update(COORDINATOR, household.id(), household.version(), family());

    assertThat(recorder.outcomes).hasSize(2).allSatisfy(outcome -> assertThat(outcome.toString())
        .doesNotContain("Anne", "Martin", "Léo", household.id().value().toString(), COORDINATOR.userId()));
  }
}
