package org.liens.json;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.liens.accompaniment.application.CaseloadPage;
import org.liens.catalog.Catalog;
import org.liens.eligibility.RuleOutcome;
import org.liens.pricing.TariffBook;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.EntityId;

/**
 * Every public type of core that has a JSON form, found by reflection so that a new one without it fails the build:
 * records (values, events, views, reports), enums, ids, aggregates, and sealed value interfaces. Left out: services,
 * ports ({@code org.liens.storage}), exceptions, Jackson's own package, and the classes that are neither values nor
 * aggregates (policies with behaviour, utilities).
 */
final class JsonTypes {
  /** Packages whose types are not values: the ports, the engine, this package. */
  private static final Set<String> NOT_VALUES = Set.of("org.liens.storage", "org.liens.internal", "org.liens.json");

  /** Classes that are values without being records: the documents with a format of their own. */
  static final Set<Class<?>> DOCUMENTS = Set.of(Catalog.class, TariffBook.class);

  /**
   * Classes that are values with equals, written as a record would be: a rule's outcome (a class so that its reason
   * is written only when read).
   */
  static final Set<Class<?>> VALUE_CLASSES = Set.of(RuleOutcome.class);

  /**
   * Left out although public records: {@code Change}, a command's result, generic in the aggregate it holds (a host
   * writes its state and its events, each of which is here), and {@code CaseloadPage}, generic in its entries (each
   * kind of entry is here).
   */
  static final Set<Class<?>> NOT_EXCHANGED = Set.of(Change.class, CaseloadPage.class);

  private JsonTypes() {}

  /** {@return every type with a JSON form, by name} */
  static List<Class<?>> all() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.liens")
        .stream()
        .filter(c -> !NOT_VALUES.contains(c.getPackageName()))
        .<Class<?>>map(JavaClass::reflect)
        .filter(JsonTypes::isPublic)
        .filter(JsonTypes::hasJsonForm)
        .sorted(Comparator.comparing(Class::getName))
        .distinct()
        .toList();
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasJsonForm(Class<?> type) {
    if (Throwable.class.isAssignableFrom(type) || type.isAnnotation() || NOT_EXCHANGED.contains(type) || type.getSimpleName().startsWith("Immutable")) {
      return false;
    }
    return type.isRecord()
        || type.isEnum()
        || (EntityId.class.isAssignableFrom(type) && type != EntityId.class)
        || (Aggregate.class.isAssignableFrom(type) && type != Aggregate.class)
        || (type.isInterface() && type.isSealed())
        || DOCUMENTS.contains(type)
        || VALUE_CLASSES.contains(type);
  }
}
