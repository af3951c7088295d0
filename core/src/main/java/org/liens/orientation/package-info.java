/**
 * Orientations to partner actions (issue 16, R12, seed 004): an educator or the coordinator orients a household
 * member of an accompaniment to a partner service of the catalogue, with the family's consent to share what the
 * partner needs (CNIL: only what a recipient needs). An orientation is proposed, then accepted, declined with a
 * reason from a configurable list, or expired after a configurable delay; an accepted one gets an outcome. Reminders
 * are due items the host queries; Liens never sends a message. Orientations are personal data.
 */
package org.liens.orientation;
