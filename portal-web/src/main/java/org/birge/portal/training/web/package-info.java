/**
 * Backing beans of the training pages: the trainers' courses, sessions, attendance sheets and evaluation
 * figures, the catalogue everyone in training reads, the trainees' pages (evaluating a session, the certificate
 * as PDF), the public verification of a certificate's code, and the oversight pages of governors and project
 * managers.
 */
package org.birge.portal.training.web;
