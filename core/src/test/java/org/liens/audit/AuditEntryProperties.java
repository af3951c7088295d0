package org.liens.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Role;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** An entry's operation code is checked without a regular expression, and accepts exactly what the expression does. */
class AuditEntryProperties {
  private static final Pattern OPERATION = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
  private static final Instant AT = Instant.parse("2023-09-04T10:15:30Z");

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("az09.-_A é\n").ofMaxLength(8),
        Arbitraries.strings().withChars("abz09.-").ofMinLength(1).ofMaxLength(12));
  }

  @Property(tries = 3000)
  @Label("an operation code is accepted exactly when it matches [a-z][a-z0-9]*([.-][a-z0-9]+)*")
  void the_written_out_check_accepts_what_the_expression_accepts(@ForAll("codes") String code) {
    boolean matches = OPERATION.matcher(code).matches();
    Statistics.label("matches").collect(matches).coverage(c -> {
      c.check(true).percentage(p -> p > 10);
      c.check(false).percentage(p -> p > 10);
    });

    assertThat(AuditEntry.isOperationCode(code)).isEqualTo(matches);
    if (matches) {
      assertThat(entry(code).operation()).isEqualTo(code);
    } else {
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> entry(code));
    }
  }

  @Example
  void the_codes_of_the_operations_and_their_neighbours() {
    assertThat(AuditEntry.isOperationCode("contact.record")).isTrue();
    assertThat(AuditEntry.isOperationCode("accompaniment.record-home-visit")).isTrue();
    assertThat(AuditEntry.isOperationCode("a1.b-2")).isTrue();
    assertThat(AuditEntry.isOperationCode("")).isFalse();
    assertThat(AuditEntry.isOperationCode("1a")).isFalse();
    assertThat(AuditEntry.isOperationCode("a..b")).isFalse();
    assertThat(AuditEntry.isOperationCode("a.-b")).isFalse();
    assertThat(AuditEntry.isOperationCode("a.")).isFalse();
    assertThat(AuditEntry.isOperationCode("A.b")).isFalse();
    assertThat(AuditEntry.isOperationCode("a_b")).isFalse();
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> entry("a".repeat(101)));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> entry(null));
  }

  @Example
  void every_operation_has_a_distinct_code_an_entry_accepts_written_once() {
    Set<String> codes = new java.util.HashSet<>();
    for (Operation operation : Operation.values()) {
      assertThat(AuditEntry.isOperationCode(operation.code())).as(operation.name()).isTrue();
      assertThat(operation.code()).isSameAs(operation.code()).isEqualTo(
          operation.name().toLowerCase(java.util.Locale.ROOT).replaceFirst("_", ".").replace('_', '-'));
      codes.add(operation.code());
    }
    assertThat(codes).hasSize(Operation.values().length).contains("contact.record", "accompaniment.progress");
  }

  private static AuditEntry entry(String operation) {
    return new AuditEntry(UUID.randomUUID(), AT, Actor.of("u", Role.COORDINATOR), operation, Set.of(), Set.of(),
        AuditOutcome.ALLOWED);
  }
}
