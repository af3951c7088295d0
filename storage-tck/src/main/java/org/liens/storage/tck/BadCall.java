package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;

/**
 * A public command of {@link Liens} called on a {@link Casebook} with one invalid argument (issue 10, bad input).
 *
 * @param command the command and the argument made invalid
 * @param input the invalid argument
 */
public record BadCall(Command command, BadInput input) {

  /** {@return the code every adapter answers: the input's, or the command's for a value whose code it decides} */
  public ErrorCode expected() {
    return input.expected() != null ? input.expected() : command.contextual();
  }

  /**
   * Calls the command on {@code book}.
   *
   * @param book the casebook, written on the storage under test
   * @return whatever the command returns (it is expected to throw)
   */
  public Object call(Casebook book) {
    return command.call().call(book, input.value());
  }

  @Override
  public String toString() {
    return command.name() + " with " + input.label() + " -> " + expected();
  }

  /** The call of a command with the invalid argument in place of one of its arguments. */
  @FunctionalInterface
  public interface Call {
    /**
     * {@return what the command returns}
     *
     * @param book the casebook, written on the storage under test
     * @param value the invalid argument
     */
    Object call(Casebook book, Object value);
  }

  /**
   * One public command of the catalogue with one of its arguments replaced by the slot's invalid values.
   *
   * @param name the service, the command and the argument ("households.register: parent's given name")
   * @param slot the kind of the argument, which gives its invalid values
   * @param contextual the code of the slot's values whose code the command decides ({@link BadInput.Slot#contextual}),
   *     such as {@code NOT_FOUND} for an unknown id
   * @param nullable whether the argument is optional, null standing for absent (a SIREN, a territory): null is then
   *     a valid value, not one to refuse
   * @param call the call with the invalid argument
   */
  public record Command(String name, BadInput.Slot slot, ErrorCode contextual, boolean nullable, Call call) {
    /** {@return the slot's examples of invalid values; without null if the argument is optional} */
    public List<BadInput> examples() {
      return slot.examples().stream().filter(this::invalid).toList();
    }

    /** {@return the slot's invalid values, at random; without null if the argument is optional} */
    public Arbitrary<BadInput> arbitrary() {
      return slot.arbitrary().filter(this::invalid);
    }

    private boolean invalid(BadInput input) {
      return !nullable || input.value() != null;
    }
  }

  /** The coordinator, who may do everything: each refusal is due to the input, never to access. */
  static final Actor COORDINATOR = Casebook.COORDINATOR;

  /** {@return the id of {@code value} (a UUID or null), or null} */
  static <T> T id(Object value, Function<UUID, T> of) {
    return value == null ? null : of.apply((UUID) value);
  }

  /** {@return {@code value} as a date} */
  static LocalDate date(Object value) {
    return (LocalDate) value;
  }

  /** {@return {@code value} as a text} */
  static String text(Object value) {
    return (String) value;
  }

  /** {@return {@code value} (cents or null) as money; cents out of range are refused here, as a host would see} */
  static Money money(Object value) {
    return value == null ? null : Money.ofCents((Long) value);
  }

  /** {@return {@code value} as a count} */
  static int count(Object value) {
    return (Integer) value;
  }

  /** A required argument: an unknown id is {@code NOT_FOUND}. */
  static Command c(String name, BadInput.Slot slot, Call call) {
    return new Command(name, slot, ErrorCode.NOT_FOUND, false, call);
  }

  /** A required argument whose refusal, for an id that names nothing fit, is the command's own {@code contextual}. */
  static Command c(String name, BadInput.Slot slot, ErrorCode contextual, Call call) {
    return new Command(name, slot, contextual, false, call);
  }

  /** An optional argument: null stands for absent and is valid. */
  static Command optional(String name, BadInput.Slot slot, Call call) {
    return new Command(name, slot, ErrorCode.NOT_FOUND, true, call);
  }
}
