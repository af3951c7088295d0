/**
 * Observability: the {@link org.liens.observe.LiensObserver} SPI a host registers with
 * {@code Liens.builder().observer(...)} to time use cases, count refusals by error code and storage statements per
 * use case. What an observer receives names the use case by its stable operation code and carries durations, codes
 * and counts only, never personal data. The optional {@code liens-micrometer} module binds it to Micrometer.
 */
package org.liens.observe;
