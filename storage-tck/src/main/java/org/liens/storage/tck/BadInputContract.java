package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.shared.LiensException;

/**
 * Issue 10, bad input: for invalid arguments to every public command of every service of {@link org.liens.Liens}
 * ({@link BadCasework}, {@link BadMoney}), the answer is a {@link LiensException} whose code is the one the
 * specification gives the kind of input ({@link BadInput.Slot}: a text too long or holding U+0000, a lone surrogate
 * or a control character is {@code INVALID_VALUE}, a blank one {@code BLANK_VALUE}, null {@code MISSING_VALUE}, a
 * date out of 1900–2200 {@code INVALID_VALUE}, an amount of zero, below zero or past ±10 billion euros
 * {@code INVALID_AMOUNT}, an unknown id {@code NOT_FOUND} or the code the command documents); nothing is stored
 * (every aggregate, query answer, outbox event, audit entry and staff member reads back as before); and the message
 * chain never quotes the input. Every adapter runs the same calls (the examples, and the property under a fixed
 * seed) against the same specification, so every adapter answers the same.
 */
public interface BadInputContract extends StorageFactory {
  /**
   * The examples test calls each command with one in this many examples of its slot (two at least), the commands of
   * a slot taking them in turn, so that every example is met by some command and every command meets examples, in a
   * few seconds on a server database.
   */
  int EXAMPLES_EVERY = 3;

  /** {@return every command of the catalogue, casework then money, privacy and audit} */
  static List<BadCall.Command> catalogue() {
    return Stream.concat(BadCasework.commands().stream(), BadMoney.commands().stream()).toList();
  }

  /**
   * Contract (bad input, examples): every command of the catalogue, with its share of the examples of invalid
   * argument of its slot (together, every example), is refused with the specified code, quotes none of the input,
   * and stores nothing.
   */
  @Test
  @DisplayName("bad input: every command refuses every kind of invalid argument with its code, and stores nothing")
  default void bad_input_examples_are_refused_with_their_code_and_store_nothing() {
    BadInputCasebook casebook = BadInputCasebook.of(this);
    List<String> wrong = new ArrayList<>();
    Map<BadInput.Slot, Integer> next = new EnumMap<>(BadInput.Slot.class);
    Set<BadInput> met = new HashSet<>();
    Set<BadInput> all = new HashSet<>();
    List<BadCall.Command> catalogue = catalogue();
    for (BadCall.Command command : catalogue) {
      List<BadInput> examples = command.examples();
      all.addAll(examples);
      int from = next.merge(command.slot(), 0, Integer::sum);
      long sharing = catalogue.stream().filter(other -> other.slot() == command.slot()).count();
      int shares = (int) Math.min(EXAMPLES_EVERY, sharing);
      int take = Math.max(2, (examples.size() + shares - 1) / shares);
      for (int i = 0; i < Math.min(take, examples.size()); i++) {
        BadInput input = examples.get((from + i) % examples.size());
        wrong.addAll(refusalProblems(casebook.book, new BadCall(command, input)));
        met.add(input);
      }
      next.put(command.slot(), from + take);
    }
    assertThat(wrong).as("calls answered otherwise than specified, of %d", met.size()).isEmpty();
    assertThat(met).as("every example of every slot is met by a command").containsExactlyInAnyOrderElementsOf(all);
    assertNothingStored(casebook);
  }

  /**
   * Contract (bad input, jqwik): random invalid arguments (lengths, positions of the refused character, dates and
   * amounts drawn over their whole invalid range) to random commands, under a fixed seed: each is refused with the
   * specified code, quotes none of the input, and the calls together store nothing.
   *
   * @param calls the calls, on one casebook
   */
  @Property(tries = 4, seed = "20261203", shrinking = ShrinkingMode.OFF)
  @Label("bad input: random invalid arguments to random commands are refused with their code and store nothing")
  default void bad_input_random_calls_are_refused_with_their_code_and_store_nothing(
      @ForAll("badCalls") List<BadCall> calls) {
    BadInputCasebook casebook = BadInputCasebook.of(this);
    List<String> wrong = new ArrayList<>();
    for (BadCall call : calls) {
      wrong.addAll(refusalProblems(casebook.book, call));
    }
    assertThat(wrong).as("calls answered otherwise than specified").isEmpty();
    assertNothingStored(casebook);
  }

  /** {@return lists of 30 calls: a command of the catalogue with an invalid value of its slot} */
  @Provide
  default Arbitrary<List<BadCall>> badCalls() {
    return Arbitraries.of(catalogue())
        .flatMap(command -> command.arbitrary().map(input -> new BadCall(command, input)))
        .list().ofSize(30);
  }

  /**
   * {@return what is wrong with the answer to {@code call}, nothing if it is the specified refusal}
   *
   * @param book the casebook the call is made on
   * @param call the call
   */
  static List<String> refusalProblems(Casebook book, BadCall call) {
    Throwable thrown = catchThrowable(() -> call.call(book));
    if (!(thrown instanceof LiensException refusal)) {
      return List.of(call + ": answered " + (thrown == null ? "without a refusal" : thrown));
    }
    List<String> problems = new ArrayList<>();
    if (refusal.code() == null || refusal.code() != call.expected()) {
      problems.add(call + ": answered " + refusal.code() + " (" + refusal.getMessage() + ")");
    }
    String secret = call.input().secret();
    if (secret != null && messages(refusal).stream().anyMatch(message -> message.contains(secret))) {
      problems.add(call + ": the message quotes the input");
    }
    return problems;
  }

  /** {@return the messages of {@code thrown}, its causes and what they suppressed} */
  private static List<String> messages(Throwable thrown) {
    List<String> messages = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(thrown));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (t != null && seen.add(t)) {
        messages.add(String.valueOf(t));
        todo.add(t.getCause());
        todo.addAll(List.of(t.getSuppressed()));
      }
    }
    return messages;
  }

  /** Fails unless the storage holds exactly what it did before the calls, naming what differs. */
  private static void assertNothingStored(BadInputCasebook casebook) {
    Map<String, Object> before = casebook.stored();
    casebook.read();
    Map<String, Object> after = casebook.stored();
    assertThat(after.keySet()).as("what the storage holds").containsExactlyElementsOf(before.keySet());
    for (Map.Entry<String, Object> entry : before.entrySet()) {
      assertThat(after.get(entry.getKey())).as("nothing stored: %s", entry.getKey()).isEqualTo(entry.getValue());
    }
  }
}
