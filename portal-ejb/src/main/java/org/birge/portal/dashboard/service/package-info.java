/**
 * The role dashboards: each role's home page in figures of its own scope (a mayor's district, a governor's
 * region, the programme, a trainer's sessions, the administrators' portal), read with a small, fixed number
 * of aggregate queries whatever the data holds.
 */
package org.birge.portal.dashboard.service;
