/**
 * Building blocks every feature's domain shares: the versioned entity base, localized names and the
 * domain exception that an illegal state change throws.
 */
package org.birge.portal.shared.domain;
