/**
 * Liens metrics on Micrometer: {@link org.liens.micrometer.LiensMetrics}, a {@code LiensObserver} that records
 * every use case in a host's {@code MeterRegistry}. Tags are operation codes, outcomes and error codes only, all of
 * them bounded enumerations: never personal data, never an id.
 */
package org.liens.micrometer;
