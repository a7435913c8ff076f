/**
 * Two-way feedback, the domain: residents' appeals to their district under the legal answer clock (answers,
 * ratings, complaints to the governor, moderation), community polls (one vote per resident, the winner and
 * ties), and the officials' own channels (threads between officials, announcements down the hierarchy with
 * read receipts).
 */
package org.birge.portal.feedback.domain;
