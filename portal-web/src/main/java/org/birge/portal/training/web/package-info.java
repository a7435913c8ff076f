/**
 * The training pages: courses, sessions, enrolments, the attendance sheet, evaluations, certificates as PDF
 * and the public verification of a certificate's code.
 */
package org.birge.portal.training.web;
