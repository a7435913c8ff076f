/**
 * Two-way feedback: residents' appeals to their district under the legal answer clock, their answers,
 * ratings, complaints to the governor and moderation.
 */
package org.birge.portal.feedback.domain;
