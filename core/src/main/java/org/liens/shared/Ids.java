package org.liens.shared;

import java.util.UUID;

/** Parsing of the UUID-based ids, with a typed error for malformed text. */
public final class Ids {
  private Ids() {}

  /** Parses a UUID, failing with {@link ErrorCode#INVALID_VALUE} naming the id type. */
  public static UUID parseUuid(String text, String type) {
    Checks.required(text, type);
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, type + " is not a UUID");
    }
  }
}
