/**
 * The entry point of Liens: {@link org.liens.Liens} assembles one immutable, thread-safe instance per organisation
 * from a catalogue (R1–R9), tariffs (R3), a storage adapter, a clock and the host's listeners and policies, and hands
 * out the services of each feature package ({@code referrals()}, {@code accompaniments()}, {@code billing()}…).
 */
package org.liens;
