package org.liens.shared;

import java.util.UUID;

/** The id of an aggregate or an entity: a UUID generated in Java, wrapped in a type of its own. */
public interface EntityId {
  /** The UUID. */
  UUID value();
}
