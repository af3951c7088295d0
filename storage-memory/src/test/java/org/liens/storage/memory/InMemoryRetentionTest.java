package org.liens.storage.memory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.storage.Storage;
import org.liens.storage.tck.RetentionContract;

/**
 * Retention, erasure and export on the in-memory adapter. The scan walks every object reachable from the storage
 * (tables, indexes, outbox, sequences), field by field through reflection, and writes down every string, number,
 * date, enum and id it meets, so that {@code toString()} redactions hide nothing from it.
 */
class InMemoryRetentionTest implements RetentionContract {
  @Override
  public Storage newStorage() {
    return new InMemoryStorage();
  }

  @Override
  public String storedText(Storage storage) {
    StringBuilder text = new StringBuilder();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(storage);
    while (!todo.isEmpty()) {
      Object value = todo.pop();
      if (!seen.add(value)) {
        continue;
      }
      if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
          || value instanceof TemporalAccessor || value instanceof Enum<?> || value instanceof UUID
          || value instanceof java.time.Duration || value instanceof java.time.Period) {
        text.append(value).append('\n');
      } else if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> push(todo, k, v));
      } else if (value instanceof Collection<?> collection) {
        collection.forEach(v -> push(todo, v));
      } else if (value instanceof Optional<?> optional) {
        optional.ifPresent(v -> push(todo, v));
      } else if (value instanceof Object[] array) {
        push(todo, array);
      } else if (!value.getClass().getName().startsWith("java.") && !value.getClass().isSynthetic()
          && !value.getClass().getName().contains("$$Lambda")) {
        fields(value, todo);
      }
    }
    return text.toString();
  }

  private static void fields(Object value, Deque<Object> todo) {
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        field.setAccessible(true);
        try {
          push(todo, field.get(value));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      }
    }
  }

  private static void push(Deque<Object> todo, Object... values) {
    for (Object v : values) {
      if (v != null) {
        todo.push(v);
      }
    }
  }
}
