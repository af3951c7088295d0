/** The due list as a service ({@code Liens#agenda()}): access-checked and audited like every read (issue 14). */
package org.liens.agenda.application;
