/**
 * Support for hosts' own tests of code that embeds Liens: {@link org.liens.test.MutableClock}, a clock the test
 * sets by hand, and {@link org.liens.test.LiensFixtures} with {@link org.liens.test.SampleAgency}, which build a
 * {@link org.liens.Liens} on the host's storage and the organisations, staff, households and referrals a story
 * needs. Add {@code org.liens:liens-test} with {@code test} scope; see "Testing your host" in the README.
 */
package org.liens.test;
