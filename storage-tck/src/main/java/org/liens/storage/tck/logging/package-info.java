/**
 * Test support that captures every SLF4J log record, at every level, from every logger of the JVM, while still
 * printing through the provider the tests would otherwise use. Select it with the system property
 * {@code slf4j.provider=org.liens.storage.tck.logging.CapturingLogProvider} (set by the surefire configuration of
 * the adapter modules); nothing registers it as a service, so it never replaces a host's logging by accident.
 */
package org.liens.storage.tck.logging;
