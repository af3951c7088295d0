package org.liens.partner;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;

/**
 * Identifies a {@link PartnerStructure} of the catalogue. A value type ({@link EntityId}). An imported one has the id
 * {@link #fromSource} derives from its data·inclusion {@code source} and {@code id}, so that importing the same file
 * again updates it rather than adding a copy.
 */
public final class PartnerStructureId extends EntityId {
  private PartnerStructureId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static PartnerStructureId of(UUID value) {
    return new PartnerStructureId(value);
  }

  /**
   * {@return the id of the record {@code id} of {@code source}: a name-based UUID (version 3) of both, as UTF-16BE, always the
   * same for the same pair}
   *
   * @param source the data·inclusion {@code source} ("dora", "seed-004")
   * @param id the record's id in that source
   */
  public static PartnerStructureId fromSource(String source, String id) {
    String key = "PartnerStructureId:" + Checks.notBlank(source, "source") + ":" + Checks.notBlank(id, "id");
    byte[] bytes = new byte[key.length() * 2]; // UTF-16BE, written out: the same bytes on every JVM
    for (int i = 0; i < key.length(); i++) {
      bytes[2 * i] = (byte) (key.charAt(i) >> 8);
      bytes[2 * i + 1] = (byte) key.charAt(i);
    }
    return of(UUID.nameUUIDFromBytes(bytes));
  }

  /**
   * Reads the text of {@code toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static PartnerStructureId parse(String text) {
    return of(parseUuid(text, PartnerStructureId.class));
  }
}
