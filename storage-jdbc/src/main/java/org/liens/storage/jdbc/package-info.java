/**
 * The JDBC storage adapter of Liens: {@link org.liens.storage.jdbc.JdbcStorage} over the host's DataSource (H2,
 * PostgreSQL, MariaDB), its Flyway migrations (one source under {@code org/liens/storage/jdbc/migration}, with
 * the database's {@link org.liens.storage.jdbc.Dialect#placeholders()}; history table {@code liens_schema_history})
 * and {@link org.liens.storage.jdbc.BulkImport}. Everything else in this
 * package is internal.
 */
package org.liens.storage.jdbc;
