/**
 * The training services: enrolment and the waiting list, the rosters, a trainee's own sessions and the
 * training calendar with its iCalendar export. Each is a transaction and security boundary that narrows every
 * read and change to the caller: a mayor to their own places, a governor to the mayors of their region.
 */
package org.birge.portal.training.service;
