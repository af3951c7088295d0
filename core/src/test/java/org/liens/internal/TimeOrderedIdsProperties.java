package org.liens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The ids of audit entries and events (issue 13): version 7, unique and increasing whatever the clock does. */
class TimeOrderedIdsProperties {

  @Property
  @Label("an id is a version 7, IETF-variant UUID carrying the millisecond it was made")
  void version_variant_and_time(@ForAll @LongRange(min = 0, max = (1L << 48) - 1) long millis, @ForAll long seed) {
    UUID id = new TimeOrderedIds(() -> millis, seed).get();
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    assertThat(UUID.fromString(id.toString())).isEqualTo(id);
  }

  @Property(tries = 200)
  @Label("ids only increase, as text and unsigned, and never repeat, whichever way the clock moves")
  void increasing_and_unique_whatever_the_clock(
      @ForAll List<@LongRange(min = -5, max = 5) Long> steps, @ForAll @IntRange(min = 1, max = 3) int perStep,
      @ForAll long seed) {
    AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    TimeOrderedIds ids = new TimeOrderedIds(clock::get, seed);
    List<UUID> made = new ArrayList<>();
    for (long step : steps) {
      clock.addAndGet(step);
      for (int i = 0; i < perStep; i++) {
        made.add(ids.get());
      }
    }
    for (int i = 1; i < made.size(); i++) {
      assertThat(made.get(i).toString()).isGreaterThan(made.get(i - 1).toString());
      assertThat(Long.compareUnsigned(made.get(i).getMostSignificantBits(), made.get(i - 1).getMostSignificantBits()))
          .isPositive();
    }
    assertThat(new HashSet<>(made)).hasSize(made.size());
  }

  @Example
  @Label("a stopped clock: a used-up millisecond borrows the next one, so that ids stay unique and in order")
  void a_stopped_clock_borrows_the_next_millisecond() {
    TimeOrderedIds ids = new TimeOrderedIds(() -> 1000L, 42);
    Set<UUID> made = new HashSet<>();
    UUID previous = null;
    for (int i = 0; i < 10_000; i++) {
      UUID id = ids.get();
      assertThat(made.add(id)).isTrue();
      if (previous != null) {
        assertThat(id.toString()).isGreaterThan(previous.toString());
      }
      previous = id;
    }
    assertThat(previous.getMostSignificantBits() >>> 16).isEqualTo(1002L); // 4,096 a millisecond
  }

  @Example
  @Label("two generators on the same stopped clock differ by their random bits")
  void two_generators_on_one_clock_differ() {
    TimeOrderedIds first = new TimeOrderedIds(() -> 1000L, 1);
    TimeOrderedIds second = new TimeOrderedIds(() -> 1000L, 2);
    Set<UUID> made = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(first.get());
      made.add(second.get());
    }
    assertThat(made).hasSize(20_000);
  }

  @Example
  @Label("threads sharing one generator on the system clock never get the same id")
  void threads_never_share_an_id() throws Exception {
    TimeOrderedIds ids = new TimeOrderedIds();
    Set<UUID> made = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            made.add(ids.get());
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(made).hasSize(80_000);
    assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
  }
}
