package org.liens.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The open-addressing table of ids answers as a {@code HashMap} does, through growth and removals. */
class UuidTableProperties {

  /** One operation: 0 put, 1 remove, 2 get; on an id among few, so that the same ids come back and collide. */
  record Op(int kind, int id, long value) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 300),
        Arbitraries.longs().between(0, Long.MAX_VALUE)).as(Op::new).list().ofMaxSize(600);
  }

  @Property(tries = 300)
  @Label("every put, removal and look-up answers as a HashMap, and the size follows")
  void behaves_as_a_hash_map(@ForAll("ops") List<Op> ops, @ForAll boolean sequentialIds) {
    UuidTable table = new UuidTable();
    Map<UUID, Long> reference = new HashMap<>();
    for (Op op : ops) {
      UUID id = sequentialIds ? new UUID(0xCAFE, op.id()) : new UUID(op.id() * 0x9E3779B97F4A7C15L, ~op.id());
      switch (op.kind()) {
        case 0 -> assertThat(table.putIfAbsent(id, op.value())).isEqualTo(reference.putIfAbsent(id, op.value()) == null);
        case 1 -> assertThat(table.remove(id)).isEqualTo(reference.remove(id) != null);
        default -> assertThat(table.get(id)).isEqualTo(reference.getOrDefault(id, UuidTable.ABSENT));
      }
      assertThat(table.size()).isEqualTo(reference.size());
    }
    for (int i = 0; i <= 300; i++) {
      UUID id = sequentialIds ? new UUID(0xCAFE, i) : new UUID(i * 0x9E3779B97F4A7C15L, ~i);
      assertThat(table.get(id)).isEqualTo(reference.getOrDefault(id, UuidTable.ABSENT));
    }
  }

  @Example
  void a_nil_id_is_an_id_like_another_and_a_negative_value_is_refused() {
    UuidTable table = new UuidTable();
    UUID nil = new UUID(0, 0);
    assertThat(table.get(nil)).isEqualTo(UuidTable.ABSENT);
    assertThat(table.putIfAbsent(nil, 0)).isTrue();
    assertThat(table.get(nil)).isZero();
    assertThat(table.putIfAbsent(nil, 5)).isFalse();
    assertThatThrownBy(() -> table.putIfAbsent(UUID.randomUUID(), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
