/**
 * Two-way feedback, the domain: residents' appeals, community polls, and the officials' own channels
 * (threads between officials and announcements down the hierarchy with read receipts).
 */
package org.birge.portal.feedback.domain;
