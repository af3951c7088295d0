package org.liens.access;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stable code of each {@link Operation} ({@code CONTACT_RECORD} is {@code "contact.record"}), written once rather
 * than on every call of every use case (issue 13).
 */
final class OperationCodes {
  private OperationCodes() {}

  static final Map<Operation, String> CODES = codes();

  private static Map<Operation, String> codes() {
    Map<Operation, String> codes = new EnumMap<>(Operation.class);
    for (Operation operation : Operation.values()) {
      codes.put(operation, operation.name().toLowerCase(Locale.ROOT).replaceFirst("_", ".").replace('_', '-'));
    }
    return codes;
  }
}
