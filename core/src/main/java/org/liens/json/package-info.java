/**
 * The JSON form of Liens values, the only place where core uses Jackson databind: the catalogue (R1–R9) and
 * tariff (R3) documents, and the module that writes and reads every value, id and event payload for storage adapters
 * and hosts. Event payload types are found from the sealed families, id types from {@code EntityId}; money is written
 * in whole cents. Malformed input fails with a typed error that never quotes the text read.
 */
package org.liens.json;
