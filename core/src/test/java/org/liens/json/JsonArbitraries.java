package org.liens.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.liens.billing.InvoiceNumber;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.event.EventPayload;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.EntityId;
import org.liens.shared.LiensException;
import org.liens.shared.PersonName;
import org.liens.workshop.Travel;

/**
 * jqwik generators of every JSON type, derived from the types: a record from generators of its components (through
 * its canonical constructor, so that only values its invariants accept are kept), an id from a random UUID, an
 * enum from its constants, a sealed interface from its records; the leaves (money, rates, dates, names, codes) and
 * the aggregates whose invariants random components rarely meet come from {@link JsonSamples}.
 */
final class JsonArbitraries {
  private static final Map<Type, Arbitrary<?>> CACHE = new HashMap<>();
  private static final Map<Class<?>, Arbitrary<?>> LEAVES = leaves();

  private JsonArbitraries() {}

  /** {@return a generator of {@code type}'s values} */
  static synchronized Arbitrary<?> of(Type type) {
    Arbitrary<?> known = CACHE.get(type);
    if (known == null) {
      known = derive(type);
      CACHE.put(type, known);
    }
    return known;
  }

  private static Arbitrary<?> derive(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Arbitrary<?> element = of(generic.getActualTypeArguments()[0]);
      if (raw == Optional.class) {
        return element.optional();
      }
      if (raw == List.class) {
        return element.list().ofMaxSize(2);
      }
      if (raw == Set.class) {
        return element.set().ofMaxSize(2);
      }
      throw new IllegalArgumentException("no generator for " + type);
    }
    Class<?> raw = (Class<?>) type;
    Arbitrary<?> leaf = LEAVES.get(raw);
    if (leaf != null) {
      return leaf;
    }
    Optional<Arbitrary<?>> sample = JsonSamples.of(raw);
    if (sample.isPresent()) {
      return sample.get();
    }
    if (raw.isEnum()) {
      return Arbitraries.of(raw.getEnumConstants());
    }
    if (EntityId.class.isAssignableFrom(raw)) {
      return uuids().map(uuid -> invoke(raw, uuid));
    }
    if (raw.isInterface() && raw.isSealed()) {
      List<Arbitrary<?>> records = new ArrayList<>();
      for (Class<?> record : LiensModule.records(raw)) {
        records.add(of(record));
      }
      return Arbitraries.oneOf(records.stream().map(a -> a.map(Object.class::cast)).toList());
    }
    if (raw.isRecord()) {
      return record(raw);
    }
    throw new IllegalArgumentException("no generator for " + raw.getName());
  }

  /** The record from generated components, keeping only those its canonical constructor accepts. */
  private static Arbitrary<?> record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    List<Arbitrary<Object>> parts = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      parts.add(of(components[i].getGenericType()).map(Object.class::cast));
    }
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    if (parts.isEmpty()) {
      return Arbitraries.just(construct(constructor, List.of()).orElseThrow());
    }
    return Combinators.combine(parts).as(values -> construct(constructor, values))
        .filter(Optional::isPresent).map(Optional::get);
  }

  private static Optional<Object> construct(Constructor<?> constructor, List<Object> values) {
    try {
      return Optional.of(constructor.newInstance(values.toArray()));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof LiensException) {
        return Optional.empty();
      }
      throw new IllegalStateException(constructor.getDeclaringClass().getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Class<?> idType, UUID uuid) {
    try {
      return idType.getMethod("of", UUID.class).invoke(null, uuid);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  static Arbitrary<String> texts() {
    return Combinators.combine(Arbitraries.strings().withChars("abcdeéèçzAZ '-«»\"").ofMaxLength(12),
        Arbitraries.of("", " 🙂", " 👪")).as((text, emoji) -> ("É" + text + emoji).strip());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3 * 365).map(LocalDate.of(2021, 1, 1)::plusDays);
  }

  /** The leaves: JDK types and the Liens values with a format of their own. */
  private static Map<Class<?>, Arbitrary<?>> leaves() {
    Map<Class<?>, Arbitrary<?>> leaves = new HashMap<>();
    leaves.put(String.class, texts());
    leaves.put(int.class, Arbitraries.integers().between(1, 6));
    leaves.put(Integer.class, Arbitraries.integers().between(1, 6));
    leaves.put(long.class, Arbitraries.longs().between(0, 40));
    leaves.put(boolean.class, Arbitraries.of(true, false));
    leaves.put(BigDecimal.class, Arbitraries.integers().between(1, 99_999).map(i -> BigDecimal.valueOf(i, 2)));
    leaves.put(UUID.class, uuids());
    leaves.put(LocalDate.class, dates());
    leaves.put(Instant.class, Combinators.combine(Arbitraries.longs().between(1_600_000_000L, 1_800_000_000L),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond));
    leaves.put(Duration.class, Arbitraries.integers().between(1, 480).map(Duration::ofMinutes));
    leaves.put(Period.class, Arbitraries.integers().between(1, 36).map(Period::ofMonths));
    leaves.put(ZoneId.class, Arbitraries.of(ZoneId.of("Europe/Paris"), ZoneId.of("UTC")));
    leaves.put(Money.class, Arbitraries.longs().between(1, 500_000_00).map(Money::ofCents));
    leaves.put(Percentage.class, Arbitraries.integers().between(1, 10_000).map(i -> Percentage.of(BigDecimal.valueOf(i, 2).toPlainString())));
    leaves.put(VatRate.class, Arbitraries.of(VatRate.STANDARD_20, VatRate.REDUCED_5_5, VatRate.of("2.1")));
    leaves.put(VatRegime.class, Arbitraries.of(VatRegime.exempt(), VatRegime.exempt("Exonération, article « 261 »"),
        VatRegime.taxed(VatRate.STANDARD_20), VatRegime.taxed(VatRate.REDUCED_5_5)));
    leaves.put(OfferCode.class, Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS));
    leaves.put(Offer.class, Arbitraries.of(CatalogJson.standard2023().offers()));
    leaves.put(OfferDuration.class, Arbitraries.of(OfferDuration.months(6), OfferDuration.perSession()));
    leaves.put(InvoiceNumber.class, Combinators.combine(Arbitraries.of("F", "AV"), Arbitraries.integers().between(2020, 2030),
        Arbitraries.integers().between(1, 99_999)).as(InvoiceNumber::new));
    leaves.put(Travel.class, Arbitraries.of(Travel.none(), Travel.perTrip(2, Money.euros(15)),
        Travel.byDistance(new BigDecimal("12.5"), Money.ofCents(60))));
    leaves.put(PersonName.class, Combinators.combine(texts(), texts()).as(PersonName::of));
    leaves.put(PostalAddress.class, Arbitraries.of(PostalAddress.of("3 rue Guynemer", "30000", "Nîmes"),
        new PostalAddress(List.of("1 place aux Herbes", "Bât. « B »"), "30700", "Uzès")));
    leaves.put(EventPayload.class, Arbitraries.lazy(() -> Arbitraries.oneOf(EventTypes.BY_NAME.values().stream()
        .map(type -> of(type).map(Object.class::cast)).toList())));
    leaves.put(Catalog.class, Arbitraries.just(CatalogJson.standard2023()));
    leaves.put(TariffBook.class, Arbitraries.just(TariffsJson.standard2023()));
    return leaves;
  }
}
