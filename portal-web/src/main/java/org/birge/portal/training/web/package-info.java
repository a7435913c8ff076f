/**
 * The training pages of enrolment: a session's page, a trainer's roster, a mayor's own training, the training
 * calendar, and the download of a person's sessions as an iCalendar file.
 */
package org.birge.portal.training.web;
