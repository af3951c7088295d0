/**
 * Plumbing shared by the application services: transactions, events, clock and ids. Not part of the supported
 * API; it may change in any release.
 */
package org.liens.internal;
