/**
 * What every feature uses: the {@code Aggregate} contract (typed id, optimistic version, the copy at a new
 * version), the one id mechanism ({@code EntityId}), {@code Change} (a new state and its events), argument checks, the
 * typed exceptions with their stable {@code ErrorCode}s, personal names that never reach a log, bilingual texts, and the
 * one Immutables style. No business rule of its own; it serves all of R1–R12.
 */
package org.liens.shared;
