/**
 * Application services of the training programme: the course catalogue and its materials, sessions from
 * planning to completion (each trainee's outcome computed by the course's rule), enrolments, attendance,
 * certificates, evaluations and the oversight figures, each the transaction and security boundary of its use case.
 */
package org.birge.portal.training.service;
