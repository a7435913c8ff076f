/** The project managers' page of the programme's quarterly report and the download of its PDF and XLSX. */
package org.birge.portal.report.web;
