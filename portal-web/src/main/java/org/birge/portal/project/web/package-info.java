/** The pages of grant calls, proposals, tasks and projects, and the file download. */
package org.birge.portal.project.web;
