/** The history of an aggregate as a service ({@code Liens#history()}): access-checked and audited (issue 14). */
package org.liens.history.application;
