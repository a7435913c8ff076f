/**
 * The append-only record of every decision and change, hash-chained so that an edited or removed row is
 * detected.
 */
package org.birge.portal.audit.domain;
