/**
 * Who changed what, when and why (issue 14): the history of a referral, an accompaniment, an agreement or an invoice,
 * read from the events the outbox keeps (pending or acknowledged) — nothing is recorded twice. Each entry says when,
 * who (the pseudonymous actor and its role), what happened (the event), from which state to which, and the coded
 * reason where the event carries one. The history goes with the events: the anonymisation of a household forgets it.
 */
package org.liens.history;
