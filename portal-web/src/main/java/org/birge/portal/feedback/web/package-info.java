/**
 * Two-way feedback, the pages: a resident's appeals and form, the mayor's inbox and appeal page, the
 * governor's overdue appeals and complaints.
 */
package org.birge.portal.feedback.web;
