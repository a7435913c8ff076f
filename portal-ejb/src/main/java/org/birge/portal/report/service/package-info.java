/**
 * The programme's progress report for a quarter, as donors ask for it: the figures gathered from live data
 * by a few aggregate queries ({@link org.birge.portal.report.service.QuarterlyReportService}) and written
 * as PDF and XLSX by plain renderers that any caller (a page, an export job) can run.
 */
package org.birge.portal.report.service;
