/**
 * Who acts: the {@code Actor} (a pseudonymous user id, a role, an organisation) that every application
 * service takes explicitly, and the roles of R8 (coordinator, educator, prescriber, funder, administrator, system).
 * Per-role access rules are not built yet (a known limit); the active caseload is served as one view per viewer (R8).
 */
package org.liens.access;
