/**
 * Community polls, the domain: a mayor asks the residents of the district a question with options and dates,
 * each resident votes once, and the results name the winning option (or the tied ones) that can start a
 * project proposal.
 */
package org.birge.portal.poll.domain;
