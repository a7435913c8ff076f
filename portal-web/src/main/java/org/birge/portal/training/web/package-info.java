/**
 * Backing beans of the training pages: the trainers' courses and sessions, the catalogue everyone in
 * training reads, the trainees' pages, and the oversight pages of governors and project managers.
 */
package org.birge.portal.training.web;
