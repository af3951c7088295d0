package org.liens.workshop;

import org.liens.household.PersonId;
import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liens.household.Child;
import org.liens.household.SchoolGrade;
import org.liens.shared.ErrorCode;
import org.liens.shared.PersonName;
import org.liens.fixtures.Fixtures;

class WorkshopSeriesTest {
  static final LocalDate TODAY = QuoteTest.TODAY;
  private int children;

  WorkshopSeries seriesFor(int quoted) {
    Quote quote = Quote.propose(QuoteId.of(Fixtures.uuid()), QuoteRequest.model(Fixtures.organisation(), quoted, TODAY),
        QuoteTest.GROUP, TODAY).after();
    WorkshopSeriesId id = WorkshopSeriesId.of(Fixtures.uuid());
    return WorkshopSeries.open(id, quote.accept(id, TODAY).after()).after();
  }

  Child pupil() {
    children++;
    return Child.of(PersonName.of("Enfant" + children, "Test"), TODAY.minusYears(8), SchoolGrade.CE2);
  }

  @Test
  void anAcceptedQuoteBecomesASeriesWithItsTerms() {
    WorkshopSeries series = seriesFor(8);
    assertThat(series.groups()).isEqualTo(2);
    assertThat(series.childrenPerGroup()).isEqualTo(6);
    assertThat(series.plannedGroupSessions()).isEqualTo(12);
    assertThat(series.groupSessionPrice()).isEqualTo(org.liens.pricing.Money.euros(150));
  }

  @Test
  void aGroupTakesAtMostSixChildren() {
    WorkshopSeries series = seriesFor(12);
    for (int i = 0; i < 6; i++) {
      series = series.enrol(pupil(), 1, TODAY).after();
    }
    WorkshopSeries sixInGroupOne = series;
    assertThat(codeOf(() -> sixInGroupOne.enrol(pupil(), 1, TODAY))).isEqualTo(ErrorCode.GROUP_FULL);
    WorkshopSeries seventh = sixInGroupOne.enrol(pupil(), TODAY).after();
    assertThat(seventh.participants(2)).hasSize(1);
  }

  @Test
  void theSeriesTakesTheChildrenQuotedAndNoMore() {
    WorkshopSeries series = seriesFor(2).enrol(pupil(), TODAY).after().enrol(pupil(), TODAY).after();
    WorkshopSeries full = series;
    assertThat(codeOf(() -> full.enrol(pupil(), TODAY))).isEqualTo(ErrorCode.WORKSHOP_FULL);
  }

  @Test
  void childrenAreFromCpOrAgedSix() {
    WorkshopSeries series = seriesFor(6);
    Child inGs = Child.of(PersonName.of("Petit", "Test"), TODAY.minusYears(5), SchoolGrade.GS);
    assertThat(codeOf(() -> series.enrol(inGs, TODAY))).isEqualTo(ErrorCode.PARTICIPANT_NOT_FROM_CP);
    Child sixWithoutGrade = new Child(PersonName.of("Six", "Test"), TODAY.minusYears(6));
    assertThat(series.enrol(sixWithoutGrade, TODAY).after().participants()).hasSize(1);
    Child youngInCp = Child.of(PersonName.of("Cinq", "Test"), TODAY.minusYears(5).minusMonths(9), SchoolGrade.CP);
    assertThat(series.enrol(youngInCp, TODAY).after().participants()).hasSize(1);
  }

  @Test
  void aGroupHoldsItsPlannedSessions() {
    WorkshopSeries series = seriesFor(3).enrol(pupil(), TODAY).after();
    Set<PersonId> all = Set.of(series.participants().get(0).child().id());
    for (int i = 0; i < 6; i++) {
      series = series.recordSession(Fixtures.uuid(), 1, TODAY, all, TODAY).after();
    }
    WorkshopSeries done = series;
    assertThat(codeOf(() -> done.recordSession(Fixtures.uuid(), 1, TODAY, all, TODAY))).isEqualTo(ErrorCode.SESSIONS_EXHAUSTED);
    assertThat(codeOf(() -> done.recordSession(Fixtures.uuid(), 2, TODAY, all, TODAY))).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(done.firstSession()).contains(TODAY);
  }

  @Test
  void eventsNeverNameTheChild() {
    var change = seriesFor(3).enrol(pupil(), TODAY);
    assertThat(change.events()).singleElement().asString().doesNotContain("Enfant").contains("participants=1");
  }
}
