/**
 * Retention, erasure and export of personal data (issue 9, GDPR art. 15 and 17; CNIL référentiel for social and
 * medico-social support): the {@code RetentionPolicy} that says how long a household's personal data is kept, the
 * {@code RetentionDecision} that explains, for one household and one date, whether it is kept and why, and the
 * {@code Anonymisation} that rewrites a household, its referrals and its accompaniments keeping only what the
 * published figures need. The use cases are in {@code org.liens.privacy.application}.
 */
package org.liens.privacy;
