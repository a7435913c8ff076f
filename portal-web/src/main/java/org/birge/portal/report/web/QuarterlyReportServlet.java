package org.birge.portal.report.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.birge.portal.report.service.QuarterlyReport;
import org.birge.portal.report.service.QuarterlyReportExport;
import org.birge.portal.report.service.QuarterlyReportService;
import org.birge.portal.report.service.ReportQuarter;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.web.ActiveUser;

/**
 * {@code /pm/report-file/programme-report-2026-Q3.pdf} (or {@code .xlsx}): the programme's quarterly report,
 * generated now from live data in the reader's language. The /pm/ constraint asks for a project manager and
 * so does the service (403). The file is written in memory first, so a failure never sends half a file.
 */
@WebServlet("/pm/report-file/*")
public class QuarterlyReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("/programme-report-(\\d{4})-Q([1-4])\\.(pdf|xlsx)");

    @EJB
    private QuarterlyReportService reports;

    @Inject
    private ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = NAME.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        QuarterlyReport report;
        try {
            report = reports.generate(new ReportQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportFormat format = "pdf".equals(m.group(3)) ? ExportFormat.PDF : ExportFormat.XLSX;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuarterlyReportExport.render(report, format, activeUser.getLocale(), out);
        response.setContentType(format.mediaType());
        response.setContentLength(out.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + QuarterlyReportExport.baseName(report.quarter()) + "." + format.extension() + "\"");
        out.writeTo(response.getOutputStream());
    }
}
