package org.liens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The money model stays free of storage, application plumbing and Jackson (DESIGN §3). */
class ModelIndependenceTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.liens");

  @Test
  void moneyModelsDependOnNeitherStorageNorApplicationNorInternal() {
    noClasses().that().resideInAnyPackage("org.liens.pricing..", "org.liens.agreement", "org.liens.billing",
            "org.liens.workshop")
        .should().dependOnClassesThat().resideInAnyPackage("org.liens.storage..", "..application..",
            "org.liens.internal..", "org.liens.json..")
        .check(CORE);
  }

  @Test
  void onlyTheJsonPackageUsesJackson() {
    noClasses().that().resideOutsideOfPackage("org.liens.json..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .check(CORE);
  }
}
