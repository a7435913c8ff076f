/**
 * Two-way feedback: residents' appeals to their district under the legal answer clock, their answers,
 * ratings, complaints to the governor and moderation.
 * Two-way feedback between residents and decision makers, the domain: residents' appeals, officials' threads
 * and announcements, and community polls (a mayor's question to the district, one vote per resident, the
 * winner and ties).
 */
package org.birge.portal.feedback.domain;
