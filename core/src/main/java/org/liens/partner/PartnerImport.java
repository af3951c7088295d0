package org.liens.partner;

import java.util.List;
import org.liens.shared.Checks;

/**
 * What an importer read from a partner catalogue (seed 004, a data·inclusion JSON or CSV file): the structures and
 * services it could map, and one {@link ImportIssue} per record it could not. Nothing is dropped silently: a record
 * is either among the services or among the issues.
 *
 * @param structures the structures, each id once
 * @param services the services, each id once
 * @param issues the records not imported, by row
 */
public record PartnerImport(List<PartnerStructure> structures, List<PartnerService> services, List<ImportIssue> issues) {
  /**
   * Checks the components.
   *
   * @param structures the structures
   * @param services the services
   * @param issues the records not imported
   */
  public PartnerImport {
    structures = Checks.listOf(structures, "structures");
    services = Checks.listOf(services, "services");
    issues = Checks.listOf(issues, "issues");
  }

  /** {@return whether every record was imported} */
  public boolean complete() {
    return issues.isEmpty();
  }
}
