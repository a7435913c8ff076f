/**
 * The project services: grant calls, proposals, the approval workflow and its tasks, implementation and
 * monitoring, attachments and the public pages. Each is a transaction and security boundary that narrows
 * every read and change to the caller's district or region.
 */
package org.birge.portal.project.service;
