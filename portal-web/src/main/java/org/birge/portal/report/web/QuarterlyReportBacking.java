package org.birge.portal.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.birge.portal.report.service.QuarterlyReport;
import org.birge.portal.report.service.QuarterlyReportExport;
import org.birge.portal.report.service.QuarterlyReportService;
import org.birge.portal.report.service.ReportQuarter;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.ExportBacking;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * The project manager picks a year and a quarter, sees the quarter's key figures and has the programme's
 * report on it written as PDF or XLSX in the background (an export job, with its progress and then the
 * download link; {@link QuarterlyReportServlet} serves the same files at fixed addresses). The last finished
 * quarter is chosen at first.
 */
@Named
@ViewScoped
public class QuarterlyReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many years back the year list goes. */
    private static final int YEARS = 5;

    @EJB
    private QuarterlyReportService reports;

    @Inject
    private ExportBacking exports;

    @Inject
    private ActiveUser user;

    private int year;
    private int quarter;
    private QuarterlyReport report;

    public void load() {
        ReportQuarter last = ReportQuarter.of(PortalClock.today()).previous();
        year = last.year();
        quarter = last.quarter();
        report = Pages.load(() -> reports.generate(last));
    }

    /** The figures of the quarter chosen. */
    public void show() {
        try {
            report = reports.generate(new ReportQuarter(year, quarter));
        } catch (PortalException | DomainException e) {
            report = null;
            Messages.error(e);
        }
    }

    public List<Integer> getYears() {
        int current = PortalClock.today().getYear();
        return IntStream.range(0, YEARS).mapToObj(i -> current - i).toList();
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    /** Writes the chosen quarter's report as PDF in the background. */
    public void exportPdf() {
        export(ExportFormat.PDF);
    }

    /** Writes the chosen quarter's report as XLSX in the background. */
    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        exports.start(new QuarterlyReportExport(reports, new ReportQuarter(year, quarter), format, user.getLocale()));
    }

    public QuarterlyReport getReport() {
        return report;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }
}
