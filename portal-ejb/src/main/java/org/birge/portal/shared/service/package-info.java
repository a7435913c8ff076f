/**
 * What every service shares: the caller and their scope, paging, the business exceptions the web layer
 * shows in the user's language, database migration at start-up, and the readiness check.
 */
package org.birge.portal.shared.service;
