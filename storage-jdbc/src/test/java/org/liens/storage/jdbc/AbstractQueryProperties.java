package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.liens.storage.memory.InMemoryStorage;

/**
 * The JDBC adapter answers every query of the ports exactly as the in-memory adapter does, same rows in the same
 * order, after any sequence of use cases; and every use case ends the same way on both. One fresh database per
 * concrete class, emptied before each try.
 */
@AddLifecycleHook(DatabaseAvailable.class)
abstract class AbstractQueryProperties {
  private static final Map<Class<?>, FreshDatabase> DATABASES = new ConcurrentHashMap<>();

  private FreshDatabase database() {
    return DATABASES.computeIfAbsent(getClass(), type -> DatabaseAvailable.of(type).create());
  }

  @AfterContainer
  static void dropDatabases() {
    DATABASES.values().forEach(FreshDatabase::close);
    DATABASES.clear();
  }

  @Property(tries = 30)
  @Label("every use case ends and every query answers as with the in-memory adapter")
  void queriesAnswerAsInMemory(
      @ForAll long seed,
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 2_000) Integer> moves) {
    FreshDatabase database = database();
    JdbcStorage storage = database.storage();
    database.empty();
    InMemoryStorage memory = new InMemoryStorage();

    RandomCasework expected = RandomCasework.play(memory, seed, moves);
    RandomCasework actual = RandomCasework.play(storage, seed, moves);

    assertThat(actual.outcomes).isEqualTo(expected.outcomes);
    assertThat(actual.answers()).isEqualTo(expected.answers());
    Statistics.label("accompaniments").collect(Math.min(expected.accompanimentCount(), 6));
    Statistics.label("successful moves").collect(
        expected.outcomes.stream().filter(o -> o.contains("ok") && !o.contains("skip")).count() / 10 * 10);
  }
}
