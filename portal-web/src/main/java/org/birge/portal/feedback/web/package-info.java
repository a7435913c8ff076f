/**
 * Backing beans of the feedback pages: residents' appeals, polls, and the officials' threads and
 * announcements with their read receipts.
 */
package org.birge.portal.feedback.web;
