/** The partner catalogue's use cases (issue 16): import, search. Obtain the service from {@code Liens#partners()}. */
package org.liens.partner.application;
