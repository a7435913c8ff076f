/**
 * The training services: courses and sessions, enrolments, attendance and tests, certificates and their
 * public verification, and evaluations. Each is a transaction and security boundary that narrows every read
 * and change to the caller's own records, district or region, or to the people who run the training.
 */
package org.birge.portal.training.service;
