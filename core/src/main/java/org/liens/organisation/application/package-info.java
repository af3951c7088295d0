/**
 * The organisation use cases (R12): register a prescriber or a funder and update its
 * name, SIREN or address.
 */
package org.liens.organisation.application;
