package org.liens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the domain model pure (DESIGN §3): no JDBC, no Jackson databind, no adapter code, no hidden clock, no
 * dependency on storage or application plumbing. JSON lives in {@code org.liens.json} only.
 */
@AnalyzeClasses(packages = "org.liens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String[] MODEL = {
      "org.liens.shared..", "org.liens.access..", "org.liens.event..", "org.liens.catalog..",
      "org.liens.household", "org.liens.organisation", "org.liens.referral", "org.liens.eligibility..",
      "org.liens.accompaniment", "org.liens.document..", "org.liens.pricing", "org.liens.agreement",
      "org.liens.billing", "org.liens.workshop", "org.liens.report", "org.liens.audit", "org.liens.staff",
      "org.liens.privacy", "org.liens.partner", "org.liens.orientation"};

  @ArchTest
  static final ArchRule model_is_free_of_jdbc_and_io = noClasses().that().resideInAnyPackage(MODEL)
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.io..", "java.nio..",
          "java.net..");

  @ArchTest
  static final ArchRule only_the_json_package_uses_jackson = noClasses().that()
      .resideOutsideOfPackages("org.liens.json..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule core_knows_no_adapter = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("org.liens.storage.memory..", "org.liens.storage.jdbc..", "org.h2..", "org.postgresql..",
          "org.mariadb..", "org.flywaydb..");

  @ArchTest
  static final ArchRule model_does_not_depend_on_storage_or_plumbing = noClasses().that().resideInAnyPackage(MODEL)
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.liens.storage..", "org.liens.internal..", "org.liens.json..", "..application..");

  @ArchTest
  static final ArchRule time_comes_from_the_injected_clock = noClasses().that().resideInAnyPackage(MODEL)
      .should().callMethod(java.time.LocalDate.class, "now")
      .orShould().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(java.time.LocalDateTime.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis");

  @ArchTest
  static final ArchRule no_standard_streams_in_the_library = noClasses().should()
      .accessField(System.class, "out").orShould().accessField(System.class, "err");
}
