/**
 * The JSON form of Liens values, the only place where core uses Jackson databind: the catalogue (R1–R9) and
 * tariff (R3) documents, and the Jackson module ({@link org.liens.json.LiensJacksonModule}, found by
 * {@code ObjectMapper.findAndRegisterModules()}) that writes and reads every value, id, aggregate, event, view and
 * report for storage adapters and hosts. Event payload types are found from the sealed families, id types from
 * {@code EntityId}, Immutables aggregates from their generated builders; money is a decimal string and its currency
 * for hosts ({@code LiensJson}), whole cents in storage ({@code StorageJson}). Malformed
 * input fails with a typed error ({@code MALFORMED_JSON}) that names the field and never quotes the text read.
 */
package org.liens.json;
