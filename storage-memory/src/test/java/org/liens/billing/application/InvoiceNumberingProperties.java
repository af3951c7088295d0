package org.liens.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.liens.storage.memory.MoneyWorld;
import org.liens.accompaniment.AccompanimentId;
import org.liens.billing.BillingPolicy;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberSeries;
import org.liens.billing.NumberingScheme;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.shared.LiensException;

class InvoiceNumberingProperties {
  private static final LocalDate START = LocalDate.of(2023, 12, 4);
  private static final LocalDate EVER_FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate EVER_TO = LocalDate.of(2100, 1, 1);

  /** A whole organisation billing individual ARCS sessions, and what the chain did to it. */
  static final class State {
    final MoneyWorld world;
    final List<AccompanimentId> children = new ArrayList<>();
    final List<InvoiceId> issued = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    State(NumberingScheme numbering) {
      world = new MoneyWorld(START, b -> b.billingPolicy(BillingPolicy.standard().withNumbering(numbering)));
      children.add(world.started(OfferCode.ARCS).id());
      children.add(world.started(OfferCode.ARCS).id());
    }

    Invoice draftForASession(int child, int minutes) {
      AccompanimentId id = children.get(child);
      world.liens.accompaniments().recordWorkshopSession(world.coordinator, id, world.today(), world.educator,
          Duration.ofMinutes(minutes));
      return world.liens.billing().prepare(world.coordinator, id).get(0);
    }

    /** Runs a call that must be refused, and checks the refusal changed nothing that is numbered. */
    void refused(String what, Runnable call) {
      Map<String, List<String>> before = numbered();
      try {
        call.run();
        seen.add(what + " accepted");
      } catch (LiensException e) {
        seen.add(e.code().name());
        assertThat(numbered()).isEqualTo(before);
      }
    }

    /** Every number given, by series and year, with its issue date. */
    Map<String, List<String>> numbered() {
      return documents().stream().collect(Collectors.groupingBy(d -> d.number().prefix() + "-" + d.number().year(),
          TreeMap::new, Collectors.mapping(Document::toString, Collectors.toList())));
    }

    List<Document> documents() {
      return world.storage.read(r -> {
        List<Document> all = new ArrayList<>();
        r.invoices().issuedBetween(EVER_FROM, EVER_TO)
            .forEach(i -> all.add(new Document(i.number().orElseThrow(), i.issuedOn().orElseThrow())));
        r.creditNotes().issuedBetween(EVER_FROM, EVER_TO).forEach(c -> all.add(new Document(c.number(), c.issuedOn())));
        all.sort(Comparator.comparing(Document::number));
        return all;
      });
    }

    @Override
    public String toString() {
      return "State" + numbered();
    }
  }

  record Document(InvoiceNumber number, LocalDate issuedOn) {
    @Override
    public String toString() {
      return number + "@" + issuedOn;
    }
  }

  static Transformer<State> step(String description, Consumer<State> change) {
    return Transformer.mutate(description, change);
  }

  static Action.Independent<State> invoiceASession() {
    return () -> Arbitraries.integers().between(0, 1).flatMap(child -> Arbitraries.integers().between(1, 180)
        .map(minutes -> step("invoice a " + minutes + " min session of child " + child, s -> {
          Invoice draft = s.draftForASession(child, minutes);
          s.issued.add(s.world.liens.billing().issue(s.world.coordinator, draft.id()).id());
        })));
  }

  /** An action on one of the invoices issued so far, possible once one is. */
  static Action.Dependent<State> onAnIssuedInvoice(Function<InvoiceId, Arbitrary<Transformer<State>>> action) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(State state) {
        return !state.issued.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<State>> transformer(State state) {
        return Arbitraries.of(state.issued).flatMap(action);
      }
    };
  }

  static Action.Dependent<State> creditNote() {
    return onAnIssuedInvoice(id -> Arbitraries.longs().between(1, 12_000).map(cents ->
        step("credit " + Money.ofCents(cents) + " on " + id, s -> s.refused("credit", () ->
            s.world.liens.billing().credit(s.world.coordinator, id, Money.ofCents(cents), "Correction")))));
  }

  static Action.Dependent<State> issueTwice() {
    return onAnIssuedInvoice(id -> Arbitraries.just(step("issue " + id + " again",
        s -> s.refused("issue twice", () -> s.world.liens.billing().issue(s.world.coordinator, id)))));
  }

  static Action.Independent<State> draftThenDiscard() {
    return () -> Arbitraries.integers().between(0, 1).map(child -> step("draft then discard for child " + child, s -> {
      Invoice draft = s.draftForASession(child, 60);
      s.world.liens.billing().discard(s.world.coordinator, draft.id());
    }));
  }

  static Action.Independent<State> issueWithTheClockSetBack() {
    return () -> Arbitraries.integers().between(1, 3).map(days -> step("issue with the clock " + days + " day(s) back", s -> {
      Invoice draft = s.draftForASession(0, 45);
      LocalDate today = s.world.today();
      s.world.clock.set(today.minusDays(days));
      // IssueDatePolicy: within the default tolerance (1 day) it is dated with its draft's day, beyond it refused
      s.refused("issue back in time", () -> {
        Invoice issued = s.world.liens.billing().issue(s.world.coordinator, draft.id());
        assertThat(days).isLessThanOrEqualTo(1);
        assertThat(issued.issuedOn()).contains(today);
        s.issued.add(issued.id());
      });
      s.world.clock.set(today);
      if (!s.issued.contains(draft.id())) {
        s.issued.add(s.world.liens.billing().issue(s.world.coordinator, draft.id()).id());
      }
    }));
  }

  static Action.Independent<State> timePasses() {
    return () -> Arbitraries.integers().between(0, 12).map(days -> step(days + " day(s) pass",
        s -> s.world.clock.advanceDays(days)));
  }

  @Provide
  Arbitrary<ActionChain<State>> chains() {
    return Arbitraries.of(NumberingScheme.SEPARATE_SERIES, NumberingScheme.shared("F")).flatMap(numbering ->
        ActionChain.<State>startWith(() -> new State(numbering))
            .withAction(4, invoiceASession())
            .withAction(3, creditNote())
            .withAction(1, issueTwice())
            .withAction(1, draftThenDiscard())
            .withAction(1, issueWithTheClockSetBack())
            .withAction(3, timePasses())
            .withMaxTransformations(25));
  }

  @Property(tries = 60)
  @Label("Invoice and credit note numbers stay gapless and chronological under any interleaving")
  void numbersStayGaplessAndChronological(@ForAll("chains") ActionChain<State> chain) {
    chain.withInvariant("each series of a year is 1..n, issue dates never go back", state -> {
      Map<String, List<Document>> bySeries = state.documents().stream()
          .collect(Collectors.groupingBy(d -> d.number().prefix() + "-" + d.number().year()));
      bySeries.forEach((series, documents) -> {
        List<Long> sequences = documents.stream().map(d -> d.number().sequence()).toList();
        assertThat(sequences).as(series).containsExactlyElementsOf(
            LongStream.rangeClosed(1, documents.size()).boxed().toList());
        for (int i = 1; i < documents.size(); i++) {
          assertThat(documents.get(i).issuedOn()).as(series).isAfterOrEqualTo(documents.get(i - 1).issuedOn());
        }
        InvoiceNumber last = documents.get(documents.size() - 1).number();
        NumberSeries key = new NumberSeries(MoneyWorld.SELLER.identity().siren(), last.prefix(), last.year());
        assertThat(state.world.storage.read(r -> r.invoiceNumberSequences().current(key)).map(p -> p.last()))
            .contains(last.sequence());
      });
    });
    State end = chain.run();
    List<Document> documents = end.documents();
    Statistics.label("crossed a year").collect(documents.stream().anyMatch(d -> d.number().year() == 2024));
    Statistics.label("credit notes issued").collect(documents.stream().anyMatch(d -> d.number().prefix().equals("AV"))
        || end.seen.contains("credit accepted"));
    Statistics.label("refusals").collect(end.seen.stream().filter(s -> !s.endsWith("accepted")).sorted().toList());
    Statistics.label("crossed a year").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("credit notes issued").coverage(c -> c.check(true).count(n -> n > 0));
  }
}
