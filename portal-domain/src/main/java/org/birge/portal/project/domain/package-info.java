/**
 * Local development projects: grant calls, proposals with their budget and co-financing, the versioned
 * approval workflow and its tasks, and the implementation that follows a grant (milestones, expenditures,
 * indicators, progress reports, evaluation).
 */
package org.birge.portal.project.domain;
