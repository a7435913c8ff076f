/**
 * Two-way feedback, the pages' backing beans: a resident's appeals and form, the mayor's inbox, the
 * governor's overdue appeals and complaints; polls and their results chart; officials' threads and
 * announcements with their read receipts; trust figures and the public district pages.
 */
package org.birge.portal.feedback.web;
