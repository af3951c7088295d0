/**
 * The billing use cases (R3, R10; DESIGN §6): prepare the draft invoices of an accompaniment
 * or a workshop series, issue them with gapless numbers, discard drafts, credit issued invoices, and list them.
 */
package org.liens.billing.application;
