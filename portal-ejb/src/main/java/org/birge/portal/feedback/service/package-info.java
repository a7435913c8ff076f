/**
 * Two-way feedback, the services: the transaction and security boundary of appeals, polls, officials'
 * threads and announcements; every read and change is narrowed to the caller's place.
 */
package org.birge.portal.feedback.service;
