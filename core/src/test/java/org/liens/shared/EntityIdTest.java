package org.liens.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liens.fixtures.Fixtures.assertRefused;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public contract of every id type, found from the types: of, parse, value, equality, typed errors. */
class EntityIdTest {

  /** Every id type of core: the subclasses of {@link EntityId}, imported once. */
  private static final List<Class<?>> ID_TYPES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.liens")
      .stream()
      .filter(c -> c.isAssignableTo(EntityId.class) && !c.isEquivalentTo(EntityId.class))
      .<Class<?>>map(JavaClass::reflect)
      .sorted(Comparator.comparing(Class::getName))
      .toList();

  static Stream<Class<?>> idTypes() {
    return ID_TYPES.stream();
  }

  @Test
  void coreHasItsFifteenIdTypes() {
    assertThat(idTypes()).hasSize(15); // issue 16 added PartnerStructureId, PartnerServiceId, OrientationId
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void anIdWrapsItsUuidAndRoundTripsThroughItsText(Class<?> type) {
    UUID uuid = UUID.randomUUID();
    EntityId id = call(type, "of", UUID.class, uuid);

    assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
    assertThat(id.value()).isEqualTo(uuid);
    assertThat(id).hasToString(uuid.toString());
    assertThat((EntityId) call(type, "parse", String.class, id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat((EntityId) call(type, "parse", String.class, " " + uuid + " ")).isEqualTo(id);
    assertThat(id).isNotEqualTo(call(type, "of", UUID.class, UUID.randomUUID())).isNotEqualTo(uuid);
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void badTextOrNoUuidIsRefusedWithACodeNamingTheType(Class<?> type) {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> call(type, "parse", String.class, "nope"));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> call(type, "parse", String.class, null));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> call(type, "of", UUID.class, null));
    assertThatThrownBy(() -> call(type, "parse", String.class, "Secret not a uuid"))
        .hasMessageContaining(type.getSimpleName())
        .message().doesNotContain("Secret");
  }

  @Test
  void idsOfTwoTypesAreNeverEqual() {
    UUID uuid = UUID.randomUUID();
    List<EntityId> ids = idTypes().map(t -> (EntityId) call(t, "of", UUID.class, uuid)).toList();

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).extracting(EntityId::toString).containsOnly(uuid.toString());
  }

  @SuppressWarnings("unchecked")
  private static <T> T call(Class<?> type, String factory, Class<?> parameter, Object argument) {
    try {
      Method method = type.getMethod(factory, parameter);
      return (T) method.invoke(null, argument);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " lacks " + factory, e);
    }
  }
}
