/**
 * Two-way feedback, the services: residents' appeals under the legal clock, the mayor's inbox, the
 * governor's oversight of overdue appeals and complaints, and the timer that flags and escalates overdue ones.
 * Two-way feedback between residents and decision makers, the services: each authorised by role and scoped
 * by the caller's place, never by a parameter (community polls: the district's mayor asks, its residents vote
 * once each, the region's governor reads, the winner starts a proposal through the proposal service).
 * Two-way feedback, the services: the transaction and security boundary of appeals, polls, officials'
 * threads and announcements; every read and change is narrowed to the caller's place.
 */
package org.birge.portal.feedback.service;
