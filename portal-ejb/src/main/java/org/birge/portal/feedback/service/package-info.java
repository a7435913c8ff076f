/**
 * Two-way feedback, the services: the transaction and security boundary of appeals (the mayor's inbox, the
 * governor's oversight of overdue appeals and complaints, the timer that flags and escalates overdue ones),
 * polls (the winner starts a proposal through the proposal service), officials' threads and announcements,
 * and the trust figures and public "you said, we did" pages. Every read and change is authorised by role and
 * narrowed to the caller's place, never by a parameter.
 */
package org.birge.portal.feedback.service;
