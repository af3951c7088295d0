/**
 * The Liens migrations written in Java, found by Flyway beside the SQL ones in the same location
 * ({@code org/liens/storage/jdbc/migration}): those that rewrite stored JSON, which SQL cannot do portably on H2,
 * PostgreSQL and MariaDB. Not API: Flyway instantiates them; hosts run them through {@code JdbcStorage.migrate} or
 * their own Flyway.
 */
package org.liens.storage.jdbc.migration;
