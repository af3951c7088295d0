/**
 * The privacy use cases ({@code PrivacyService}, from {@code Liens#privacy()}): the retention job, erasure on request
 * and the export of everything held about a household (right of access, GDPR art. 15).
 */
package org.liens.privacy.application;
