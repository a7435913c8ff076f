/**
 * Two-way feedback, the pages: a resident's appeals and form, the mayor's inbox and appeal page, the
 * governor's overdue appeals and complaints.
 * Two-way feedback between residents and decision makers, the pages' backing beans (community polls: the
 * mayor's, the residents' and the governor's lists and poll pages, the results chart, the poll a project
 * came from).
 */
package org.birge.portal.feedback.web;
