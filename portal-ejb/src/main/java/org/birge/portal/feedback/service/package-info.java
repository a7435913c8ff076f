/**
 * Two-way feedback, the services: residents' appeals under the legal clock, the mayor's inbox, the
 * governor's oversight of overdue appeals and complaints, and the timer that flags and escalates overdue ones.
 */
package org.birge.portal.feedback.service;
