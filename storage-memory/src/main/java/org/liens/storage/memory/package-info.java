/**
 * The in-memory storage adapter of Liens: {@link org.liens.storage.memory.InMemoryStorage}, thread-safe,
 * serialisable and indexed, laid out like the JDBC adapter (a store, a session per callback, one repository per
 * port). It passes the same contract suite as every other adapter. Only {@code InMemoryStorage} is API.
 */
package org.liens.storage.memory;
