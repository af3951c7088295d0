package org.liens.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The checks of several values at once: the same failures as one check after another. */
class ChecksProperties {

  @Property
  void requiredAllNamesTheFirstMissingValue(
      @ForAll @IntRange(min = 1, max = 8) int size, @ForAll @IntRange(min = 0, max = 7) int missing) {
    int at = missing % size;
    String fields = String.join(", ", IntStream.range(0, size).mapToObj(i -> "field" + i).toList());
    Object[] values = IntStream.range(0, size).mapToObj(i -> i < at ? "v" : null).toArray();
    assertThatThrownBy(() -> Checks.requiredAll(fields, values))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("MISSING_VALUE: field" + at + " is required")
        .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.MISSING_VALUE);
  }

  @Property
  void requiredAllPassesWhenEveryValueIsGiven(@ForAll @IntRange(min = 1, max = 8) int size) {
    String fields = String.join(",", IntStream.range(0, size).mapToObj(i -> "f" + i).toList());
    Checks.requiredAll(fields, IntStream.range(0, size).mapToObj(i -> (Object) i).toArray());
  }

  @Example
  void requiredAllRefusesMoreValuesThanNames() {
    assertThatThrownBy(() -> Checks.requiredAll("a, b", 1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void distinctNonEmptyKeepsADistinctListAndRefusesTheRest(@ForAll List<@IntRange(min = 0, max = 5) Integer> values) {
    if (values.isEmpty()) {
      assertThatThrownBy(() -> Checks.distinctNonEmpty(values, "v", "empty", "twice"))
          .hasMessage("INVALID_VALUE: empty");
    } else if (values.stream().distinct().count() < values.size()) {
      assertThatThrownBy(() -> Checks.distinctNonEmpty(values, "v", "empty", "twice"))
          .hasMessage("INVALID_VALUE: twice");
    } else {
      List<Integer> copy = new ArrayList<>(values);
      assertThat(Checks.distinctNonEmpty(values, "v", "empty", "twice")).isEqualTo(copy);
    }
  }

  @Property
  void listOfAndSetOfNameTheFirstNullElement(
      @ForAll @IntRange(min = 1, max = 8) int size, @ForAll @IntRange(min = 0, max = 7) int missing) {
    int at = missing % size;
    List<Integer> values = Arrays.asList(IntStream.range(0, size).boxed().toArray(Integer[]::new));
    values.set(at, null);
    for (int i = at + 1; i < size; i += 2) {
      values.set(i, null); // the first null is named, not a later one
    }
    assertThatThrownBy(() -> Checks.listOf(values, "items"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_VALUE))
        .hasMessage("MISSING_VALUE: items[" + at + "] is required");
    assertThatThrownBy(() -> Checks.setOf(new ArrayList<>(values), "items"))
        .isInstanceOf(InvalidInputException.class).hasMessage("MISSING_VALUE: items[" + at + "] is required");
    assertThatThrownBy(() -> Checks.setOf(new LinkedHashSet<>(values), "items"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("MISSING_VALUE: items[");
    assertThatThrownBy(() -> Checks.listOf(null, "items")).hasMessage("MISSING_VALUE: items is required");
    assertThatThrownBy(() -> Checks.setOf(null, "items")).hasMessage("MISSING_VALUE: items is required");
  }

  @Property
  void listOfAndSetOfCopyAMutableCollectionAndKeepAnImmutableOne(@ForAll List<@IntRange(min = 0, max = 9) Integer> values) {
    List<Integer> mutable = new ArrayList<>(values);
    List<Integer> list = Checks.listOf(mutable, "items");
    Set<Integer> set = Checks.setOf(mutable, "items");
    mutable.add(10);
    assertThat(list).isEqualTo(values);
    assertThat(set).isEqualTo(new LinkedHashSet<>(values));
    assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Checks.listOf(list, "items")).isSameAs(list);
    assertThat(Checks.setOf(set, "items")).isSameAs(set);
    assertThat(Checks.listOf(values.stream().toList(), "items")).isEqualTo(values);
  }

  /** Issue 13, target 6: a checked date is an equal date, the same instance for the same day (contacts share it). */
  @Property
  void aCheckedDateIsTheOneInstanceOfItsDay(
      @ForAll @IntRange(min = -25_567, max = 84_000) int epochDay, @ForAll @IntRange(min = 0, max = 3) int copies) {
    java.time.LocalDate first = Checks.date(java.time.LocalDate.ofEpochDay(epochDay), "date");
    assertThat(first).isEqualTo(java.time.LocalDate.ofEpochDay(epochDay));
    for (int i = 0; i < copies; i++) {
      assertThat(Checks.date(java.time.LocalDate.ofEpochDay(epochDay), "date")).isSameAs(first);
    }
    assertThat(new org.liens.accompaniment.HomeVisit(org.liens.accompaniment.ContactId.of(java.util.UUID.randomUUID()),
        java.time.LocalDate.ofEpochDay(epochDay), org.liens.staff.StaffId.of(java.util.UUID.randomUUID())).date())
        .isSameAs(first);
    assertThat(org.liens.accompaniment.PlannedVisit.on(java.time.LocalDate.ofEpochDay(epochDay)).date()).isSameAs(first);
  }

  /** A planned visit may fall after the last supported day (a first appointment on it plans six months on). */
  @Example
  void aPlannedVisitAfterTheLastSupportedDayKeepsItsOwnDate() {
    java.time.LocalDate after = Bounds.LATEST_DATE.plusMonths(2);
    assertThat(org.liens.accompaniment.PlannedVisit.on(after).date()).isEqualTo(after);
    assertThat(SharedDates.of(after)).isSameAs(after);
    assertThat(SharedDates.of(Bounds.EARLIEST_DATE.minusDays(1))).isEqualTo(Bounds.EARLIEST_DATE.minusDays(1));
  }
}
