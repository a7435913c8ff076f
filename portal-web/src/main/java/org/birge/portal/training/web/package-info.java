/**
 * Backing beans of the training pages: the catalogue, the trainers' and trainees' pages, and the oversight
 * pages of governors and project managers.
 */
package org.birge.portal.training.web;
