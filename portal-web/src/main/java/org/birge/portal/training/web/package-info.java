/**
 * The training pages: the trainers' courses and sessions, the course catalogue everyone in training reads,
 * and the files of course materials.
 */
package org.birge.portal.training.web;
