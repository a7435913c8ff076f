/**
 * Application services of the training programme: courses, sessions, enrolments, certificates and the
 * oversight figures, each the transaction and security boundary of its use case.
 */
package org.birge.portal.training.service;
