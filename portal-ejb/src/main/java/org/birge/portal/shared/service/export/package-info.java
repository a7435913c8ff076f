/**
 * Exports as background jobs: a kind of export is one {@link org.birge.portal.shared.service.export.ExportSource};
 * the job service runs it for its owner (in the owner's security context, so it sees what the owner sees),
 * records its progress and keeps the file for the owner alone. Lists export through
 * {@link org.birge.portal.shared.service.export.TableExport} to CSV or XLSX.
 */
package org.birge.portal.shared.service.export;
