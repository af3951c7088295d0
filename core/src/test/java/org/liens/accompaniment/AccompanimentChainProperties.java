package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.shared.Change;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;

/**
 * Random command sequences on one accompaniment: it never reaches an illegal state, a refused command changes
 * nothing and says why with an expected code, and no recorded contact is ever lost.
 */
class AccompanimentChainProperties {
  static final StaffId OUTSIDER = StaffId.of(new UUID(9, 9));
  static final Set<ErrorCode> EXPECTED_REFUSALS = EnumSet.of(
      ErrorCode.ILLEGAL_TRANSITION, ErrorCode.CONTACT_OUTSIDE_PERIOD, ErrorCode.EDUCATOR_NOT_IN_TEAM,
      ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL, ErrorCode.MOVE_WOULD_ORPHAN_CONTACTS, ErrorCode.INVALID_TEAM,
      ErrorCode.ACTION_REPORT_REQUIRED, ErrorCode.INVALID_DOCUMENT_DATE, ErrorCode.INVALID_VALUE,
      ErrorCode.BLANK_VALUE);

  /** The accompaniment under test and what a simple model says it must hold. */
  static final class Model {
    Accompaniment accompaniment;
    final List<Contact> recorded = new ArrayList<>();
    LocalDate today = Fixtures.RECEIVED;

    Model(Accompaniment accompaniment) {
      this.accompaniment = accompaniment;
    }

    /** Applies a command; a refusal must leave the accompaniment as it was. */
    void attempt(String command, Function<Accompaniment, Change<Accompaniment>> change) {
      Accompaniment before = accompaniment;
      try {
        accompaniment = change.apply(before).after();
        Statistics.label("outcome").collect(command + " done");
      } catch (LiensException refused) {
        assertThat(EXPECTED_REFUSALS).contains(refused.code());
        assertThat(accompaniment).isSameAs(before);
        Statistics.label("outcome").collect(command + " refused");
      }
    }

    @Override
    public String toString() {
      return accompaniment.status() + " with " + recorded.size() + " contacts on " + today;
    }
  }

  @Property(tries = 300)
  @Label("An accompaniment never reaches an illegal state nor loses a recorded contact")
  void random_commands(@ForAll("chains") ActionChain<Model> chain) {
    chain.withInvariant("recorded contacts are kept, in order", m ->
            assertThat(m.accompaniment.contacts()).containsExactlyElementsOf(m.recorded))
        .withInvariant("contacts lie inside the period", m -> m.accompaniment.contacts().forEach(c ->
            assertThat(m.accompaniment.period().orElseThrow().contains(c.date())).isTrue()))
        .withInvariant("the team follows the offer's rule", m ->
            assertThat(m.accompaniment.offer().team().allows(m.accompaniment.team().size())).isTrue())
        .withInvariant("closed means with an action report", m -> {
          if (m.accompaniment.status() == AccompanimentStatus.CLOSED) {
            assertThat(m.accompaniment.actionReport()).isPresent();
          }
        })
        .withInvariant("ended means not open and dated", m ->
            assertThat(m.accompaniment.endedOn().isPresent()).isEqualTo(!m.accompaniment.isOpen()))
        .withInvariant("the stored fields rebuild the same state", m ->
            assertThat(Accompaniment.builder().from(m.accompaniment).build()).isEqualTo(m.accompaniment))
        .run();
    Statistics.label("outcome").coverage(c -> {
      for (String command : List.of("start", "move", "record", "team", "report", "close", "cancel")) {
        c.check(command + " done").count(n -> n > 0);
        c.check(command + " refused").count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    return Arbitraries.of(OfferCode.MIP, OfferCode.MADI).flatMap(offer ->
        ActionChain.startWith(() -> new Model(Fixtures.opened(offer)))
            .withAction(new Start())
            .withAction(new MoveFirstAppointment())
            .withAction(3, new RecordContact())
            .withAction(new ChangeTeam())
            .withAction(2, new PassTime())
            .withAction(new WriteReport())
            .withAction(new Close())
            .withAction(new Cancel())
            .withMaxTransformations(30));
  }

  static Arbitrary<Integer> days() {
    return Arbitraries.integers().between(-20, 220);
  }

  static LocalDate around(Model m, int days) {
    return m.accompaniment.period().map(CarePeriod::start).orElse(Fixtures.RECEIVED).plusDays(days);
  }

  static final class Start implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers().between(-3, 30).map(d -> Transformer.mutate("start +" + d,
          m -> m.attempt("start", a -> a.start(Fixtures.RECEIVED.plusDays(d)))));
    }
  }

  static final class MoveFirstAppointment implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers().between(-10, 10).map(d -> Transformer.mutate("move " + d,
          m -> m.attempt("move", a -> a.moveFirstAppointment(around(m, d)))));
    }
  }

  static final class RecordContact implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      Arbitrary<StaffId> educator = Arbitraries.of(Fixtures.LEA, Fixtures.SAM, OUTSIDER);
      Arbitrary<Boolean> home = Arbitraries.of(true, false);
      return Combinators.combine(days(), educator, home).as((d, e, h) -> Transformer.mutate(
          (h ? "visit " : "call ") + d, m -> {
            ContactId id = ContactId.of(UUID.randomUUID());
            LocalDate date = around(m, d);
            Contact contact = h ? new HomeVisit(id, date, e) : new RemoteContact(id, date, e, RemoteChannel.PHONE);
            int before = m.accompaniment.contacts().size();
            m.attempt("record", a -> a.record(contact, m.today));
            if (m.accompaniment.contacts().size() > before) {
              m.recorded.add(contact);
            }
          }));
    }
  }

  static final class ChangeTeam implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.of(Fixtures.LEA, Fixtures.SAM, OUTSIDER).list().ofMaxSize(3).map(team ->
          Transformer.mutate("team " + team.size(), m -> m.attempt("team", a -> a.changeTeam(team))));
    }
  }

  static final class PassTime implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers().between(0, 60).map(d -> Transformer.mutate("+" + d + " days",
          m -> m.today = m.today.plusDays(d)));
    }
  }

  static final class WriteReport implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return days().map(d -> Transformer.mutate("report " + d, m -> m.attempt("report",
          a -> a.writeActionReport(around(m, d), "Bilan.", Fixtures.singleMother(), m.today))));
    }
  }

  static final class Close implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return days().map(d -> Transformer.mutate("close " + d,
          m -> m.attempt("close", a -> a.close(around(m, d), m.today))));
    }
  }

  static final class Cancel implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(days(), Arbitraries.of("", "La famille a déménagé")).as((d, reason) ->
          Transformer.mutate("cancel " + d, m -> m.attempt("cancel", a -> a.cancel(reason, around(m, d), m.today))));
    }
  }
}
