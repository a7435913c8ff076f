/**
 * Two-way feedback, the pages: a resident's appeals and form, the mayor's inbox and appeal page, the
 * governor's overdue appeals and complaints.
 * Two-way feedback between residents and decision makers, the pages' backing beans (community polls: the
 * mayor's, the residents' and the governor's lists and poll pages, the results chart, the poll a project
 * came from).
 * Backing beans of the feedback pages: residents' appeals, polls, and the officials' threads and
 * announcements with their read receipts.
 */
package org.birge.portal.feedback.web;
