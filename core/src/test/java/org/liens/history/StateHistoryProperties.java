package org.liens.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.HomeVisit;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.event.EventPayload;
import org.liens.fixtures.Fixtures;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.ReferralReason;
import org.liens.shared.Change;
import org.liens.shared.LiensException;

/**
 * Issue 14: the history of any random sequence of commands replays to the current state, and each step starts
 * where the previous one ended.
 */
class StateHistoryProperties {
  private static final Actor WHO = Actor.of("coordinator-1", Role.COORDINATOR);

  /** A command on a referral, then on the accompaniment its validation opens. */
  enum Step { CONSENT, ASSESS, VALIDATE, REJECT, EXPIRE, START, VISIT, REPORT, CLOSE, CANCEL }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<List<Step>> referral = Arbitraries.of(Step.CONSENT, Step.ASSESS, Step.VALIDATE, Step.REJECT, Step.EXPIRE)
        .list().ofMaxSize(4);
    Arbitrary<List<Step>> accompaniment = Arbitraries.of(Step.START, Step.VISIT, Step.REPORT, Step.CLOSE, Step.CANCEL).list()
        .ofMaxSize(8);
    // half the chains consent, assess and validate first, so that accompaniments have a history too
    return net.jqwik.api.Combinators.combine(Arbitraries.of(true, false), referral, accompaniment)
        .as((validated, first, then) -> {
          List<Step> all = new ArrayList<>(validated ? List.of(Step.CONSENT, Step.ASSESS, Step.VALIDATE) : first);
          all.addAll(then);
          return all;
        });
  }

  @Property(tries = 300)
  void a_history_replays_to_the_current_state(@ForAll("steps") List<Step> steps) {
    Referral referral = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    List<DomainEvent> referralEvents = new ArrayList<>(events(Referral.receive(referral.id(),
        Fixtures.request(OfferCode.MIP, ReferralReason.CRISIS)).events(), referral.id().value()));
    Accompaniment accompaniment = null;
    List<DomainEvent> accompanimentEvents = new ArrayList<>();
    LocalDate today = Fixtures.RECEIVED.plusDays(1);
    for (Step step : steps) {
      today = today.plusDays(20);
      try {
        if (accompaniment == null) {
          Change<Referral> change = switch (step) {
            case CONSENT -> referral.recordConsent(Consent.of(Fixtures.RECEIVED, Fixtures.ANNE_ID), today);
            case ASSESS -> referral.assess(new NeedsAssessment(today, "Besoins."), today);
            case REJECT -> referral.reject("Hors territoire", today);
            case EXPIRE -> referral.expire(ReferralDeadlines.standard(), today);
            case VALIDATE -> referral.validate(AccompanimentId.of(UUID.randomUUID()), today);
            default -> null;
          };
          if (change == null) {
            continue;
          }
          referral = change.after();
          referralEvents.addAll(events(change.events(), referral.id().value()));
          if (step == Step.VALIDATE) {
            Change<Accompaniment> opened = Accompaniment.open(referral.accompaniment().orElseThrow(), referral,
                Fixtures.offer(OfferCode.MIP), List.of(Fixtures.LEA), today, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY);
            accompaniment = opened.after();
            accompanimentEvents.addAll(events(opened.events(), accompaniment.id().value()));
          }
        } else {
          LocalDate day = today;
          Accompaniment current = accompaniment;
          Change<Accompaniment> change = switch (step) {
            case START -> current.start(day);
            case VISIT -> current.record(new HomeVisit(ContactId.of(UUID.randomUUID()), day.minusDays(1),
                Fixtures.LEA), day);
            case REPORT -> current.writeActionReport(day, "Bilan.", Fixtures.singleMother(), day);
            case CLOSE -> current.close(day, day);
            case CANCEL -> current.cancel("Famille partie", day, day);
            default -> null;
          };
          if (change == null) {
            continue;
          }
          accompaniment = change.after();
          accompanimentEvents.addAll(events(change.events(), accompaniment.id().value()));
        }
        Statistics.label("accepted").collect(step);
      } catch (LiensException refused) {
        Statistics.label("refused").collect(step);
      }
    }
    assertReplays(StateHistory.of(referralEvents), Optional.of(referral.status().name()));
    if (accompaniment != null) {
      assertReplays(StateHistory.of(accompanimentEvents), Optional.of(accompaniment.status().name()));
    }
  }

  private static void assertReplays(List<HistoryEntry> history, Optional<String> current) {
    assertThat(history).isNotEmpty();
    assertThat(history.get(0).from()).isEmpty();
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
    }
    assertThat(history.get(history.size() - 1).to()).isEqualTo(current);
    assertThat(history).allMatch(e -> e.userId().equals(WHO.userId()) && e.role() == Role.COORDINATOR);
  }

  private static List<DomainEvent> events(List<? extends EventPayload> payloads, UUID aggregate) {
    return payloads.stream().map(p -> new DomainEvent(UUID.randomUUID(), Instant.EPOCH, WHO, "Aggregate",
        aggregate, p)).toList();
  }
}
