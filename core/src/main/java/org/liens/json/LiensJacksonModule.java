package org.liens.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * The Jackson module of Liens: registered on any {@code ObjectMapper}, it reads and writes every public value,
 * aggregate, event, view and report of Liens in the format of {@link LiensJson} (the README's "JSON" section).
 *
 * <p>Discoverable: {@code META-INF/services/com.fasterxml.jackson.databind.Module} names it, so
 * {@code new ObjectMapper().findAndRegisterModules()} registers it; {@code mapper.registerModule(new
 * LiensJacksonModule())} or {@code registerModule(LiensJson.module())} do the same by hand. It brings what Liens
 * values need with it: {@code Optional} ({@code jackson-datatype-jdk8}: empty is {@code null}) and {@code java.time}
 * ({@code jackson-datatype-jsr310}), with {@link LocalDate}, {@link Instant}, {@link Duration} and {@link Period}
 * written as ISO-8601 strings whatever the mapper's {@code WRITE_DATES_AS_TIMESTAMPS} says, and
 * {@link org.liens.pricing.Money} as its decimal string and currency: {@code {"amount":"1800.00","currency":"EUR"}}.
 *
 * <p>Reading: aggregates are rebuilt through their builders or constructors, so every invariant is checked; an
 * unknown field is refused as long as the mapper keeps Jackson's default {@code FAIL_ON_UNKNOWN_PROPERTIES}. A host
 * mapper reports failures as Jackson's {@code JsonMappingException} (with the {@code LiensException} of a refused
 * rule as its cause); {@link LiensJson#read(String, Class)} turns them into a typed
 * {@link org.liens.shared.LiensException} that names the field.
 */
public final class LiensJacksonModule extends Module {

  private final MoneyShape money;

  /** A new module; hosts may also obtain one from {@link LiensJson#module()}. */
  public LiensJacksonModule() {
    // the service loader's constructor: the host-facing shape of money
    this(MoneyShape.DECIMAL);
  }

  /** The module with {@code money} as the shape of amounts: {@link StorageJson} keeps the stored cents. */
  LiensJacksonModule(MoneyShape money) {
    this.money = money;
  }

  @Override
  public String getModuleName() {
    return "liens";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return money == MoneyShape.DECIMAL ? LiensJacksonModule.class.getName()
        : LiensJacksonModule.class.getName() + "#" + money;
  }

  @Override
  public void setupModule(SetupContext context) {
    new Jdk8Module().setupModule(context);
    new JavaTimeModule().setupModule(context);
    for (Class<?> time : new Class<?>[] {LocalDate.class, Instant.class, Duration.class, Period.class}) {
      context.configOverride(time).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }
    LiensModule.create(money).setupModule(context);
  }
}
