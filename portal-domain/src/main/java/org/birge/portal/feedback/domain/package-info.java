/**
 * Two-way feedback: residents' appeals to their district under the legal answer clock, their answers,
 * ratings, complaints to the governor and moderation.
 * Two-way feedback between residents and decision makers, the domain: residents' appeals, officials' threads
 * and announcements, and community polls (a mayor's question to the district, one vote per resident, the
 * winner and ties).
 * Two-way feedback, the domain: residents' appeals, community polls, and the officials' own channels
 * (threads between officials and announcements down the hierarchy with read receipts).
 */
package org.birge.portal.feedback.domain;
