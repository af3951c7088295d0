/**
 * Domain events: the {@code DomainEvent} envelope (who, when, which aggregate) around a payload, and the
 * listener hosts register. Each aggregate declares its payloads once, as a sealed family in its own package
 * ({@code ReferralEvent}, {@code AccompanimentEvent}…); payloads carry ids, dates, codes and amounts, never personal
 * data, so the outbox and a message bus never spread it.
 */
package org.liens.event;
