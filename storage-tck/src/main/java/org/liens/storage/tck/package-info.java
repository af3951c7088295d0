/**
 * The contract suite of Liens storage adapters. An adapter's test implements {@link
 * org.liens.storage.tck.StorageContract} and its one factory method; JUnit 5 and jqwik run every contract test
 * against it. See "Writing your own storage adapter" in the README.
 */
package org.liens.storage.tck;
