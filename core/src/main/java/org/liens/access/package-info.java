/**
 * Who acts and what they may do: the {@code Actor} (a pseudonymous user id, a role, an organisation, a staff id) that
 * every application service takes explicitly, the roles of R8, and the {@code AccessPolicy} every service enforces:
 * per role, the {@code Operation}s granted and the {@code Scope} of each (all, team, referred, funded), narrowed by a
 * host but never widened. A refusal is an {@code AccessDeniedException} that reveals nothing.
 */
package org.liens.access;
