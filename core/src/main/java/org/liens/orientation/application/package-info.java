/** The orientation use cases (issue 16). Obtain the service from {@code Liens#orientations()}. */
package org.liens.orientation.application;
