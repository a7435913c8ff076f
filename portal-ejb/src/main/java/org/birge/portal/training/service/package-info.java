/**
 * The training services: the course catalogue and its materials, sessions and their life from planning to
 * completion, with the outcome of each trainee computed by the course's rule. Trainers change courses and
 * sessions; the people the programme trains and those who oversee it read the published catalogue.
 */
package org.birge.portal.training.service;
