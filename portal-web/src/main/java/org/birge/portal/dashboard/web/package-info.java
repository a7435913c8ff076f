/**
 * The role dashboards' pages: each role's home page, its figures linked to the lists behind them, and the
 * charts (Chart.js configurations for PrimeFaces' chart, data only, so they run under the portal's CSP).
 */
package org.birge.portal.dashboard.web;
