/**
 * Training for mayors, the domain: courses and their sessions, enrolments with the waiting list,
 * attendance and test scores, the completion rule, certificates and session evaluations.
 */
package org.birge.portal.training.domain;
